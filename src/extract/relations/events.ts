// An event named in a sentence (meeting, signing, visit, conference), the article's main event, and where
// each event was held (HELD_IN). Which sentences tell which event is stages/event-spans.ts.
import { bySentence, type EventDraft, keyOf, type LocalRelation, type ResolvedMention } from '../document.ts';
import type { EventKind } from '../format.ts';
import { EVENT_TRIGGERS } from '../lexicon.ts';
import type { Sentence } from '../sentences.ts';
import { AGREEMENT, maskStudied, PARTIES_SIGN, SIGN } from './text.ts';

const POST_AFTER = /^(?:副?主任|副?主席|委员|秘书长|[副常]?书记|组成人员|党组|办公室|领导)/;

/** An event as a sentence names it, before its key and span are known. */
export type FoundEvent = Pick<EventDraft, 'name' | 'kind' | 'sentence' | 'heldIn'>;

/** The article's main event: the first trigger in its lead, named after the meeting when it says so. */
export function findEvent(sentences: Sentence[], bodyFrom: number, mentions: ResolvedMention[]): FoundEvent | null {
  const inSentence = bySentence(mentions);
  const lead = sentences.slice(bodyFrom, bodyFrom + 3).map((s, i) => ({ s, i: bodyFrom + i })).filter((x) => !x.s.caption && !x.s.heading);
  // Without a trigger in the lead, an agreement signed later in the article (or parties said to sign) is the event.
  const later = sentences.map((s, i) => ({ s, i })).filter((x) => x.i >= bodyFrom && !x.s.caption && !x.s.heading && SIGN.test(x.s.text) && (/框架/.test(x.s.text) || AGREEMENT.test(x.s.text) || PARTIES_SIGN.test(x.s.text)));
  for (const { s, i } of [...lead, ...later]) {
    const found = eventInSentence(maskStudied(s.text), i, inSentence(i));
    if (found) return found;
  }
  return null;
}

/** The first event a sentence names (of the given kinds), with the place it says it was held in. */
export function eventInSentence(text: string, sentence: number, mentions: ResolvedMention[], kinds?: readonly EventKind[]): FoundEvent | null {
  let best: { m: RegExpExecArray; kind: EventKind } | null = null;
  for (const [re, kind] of EVENT_TRIGGERS) {
    if (kinds && !kinds.includes(kind)) continue;
    // "人大常委会主任X": a body in a post names no meeting.
    const m = [...text.matchAll(new RegExp(re.source, 'g'))].find((x) => !POST_AFTER.test(text.slice(x.index + x[0].length)));
    if (!m) continue;
    // A signing is the event of its sentence; otherwise the first event the sentence names.
    if (kind === 'signing') { best = { m, kind }; break; }
    if (!best || m.index < best.m.index) best = { m, kind };
  }
  if (!best) return null;
  const { m, kind } = best;
  const name = eventName(text, m.index, m[0], kind, mentions) ?? m[0];
  return { name: name.trim(), kind, sentence, heldIn: placeOf(text, kind, mentions)?.key ?? null };
}

/** Where the sentence says the event was: "在X召开/举行", "赴X", the place of a visit ("到X考察"). */
function placeOf(text: string, kind: EventKind, mentions: ResolvedMention[]): ResolvedMention | null {
  const places = mentions.filter((x) => x.type === 'District');
  // "到内蒙古自治区兴安盟扎赉特旗": the place is the last of a chain, the most local.
  const last = (p: ResolvedMention | undefined): ResolvedMention | null => {
    for (let next = p; next; next = places.find((x) => x.start === next!.end)) p = next;
    return p ?? null;
  };
  return (
    places.find((p) => /在$|于$/.test(text.slice(0, p.start)) && /^[^，。]{0,8}(?:召开|举行|举办|签署|签订|开幕|启动)/.test(text.slice(p.end))) ??
    last(places.find((p) => text[p.start - 1] === '赴')) ??
    (kind === 'visit' ? last(places.find((p) => /(?:到|来到|前往|走进)$/.test(text.slice(0, p.start)))) : null)
  );
}

/** HELD_IN of each event: where its sentence says, else where the event it is part of was, else the article's own place. */
export function heldInRelations(events: EventDraft[], sentences: Sentence[], home: string | null): { events: EventDraft[]; heldIn: LocalRelation[] } {
  const out: EventDraft[] = [];
  for (const e of events) {
    const within = e.within ? out.find((x) => x.key === e.within) : undefined;
    out.push({ ...e, heldIn: e.heldIn ?? within?.heldIn ?? (home ? keyOf('District', home) : null) });
  }
  const heldIn = out.flatMap((e) => (e.heldIn ? [{ type: 'HELD_IN' as const, from: e.key, to: e.heldIn, evidence: sentences[e.sentence]!.text }] : []));
  return { events: out, heldIn };
}

function eventName(text: string, at: number, trigger: string, kind: EventKind, mentions: ResolvedMention[]): string | null {
  if (/会见|会晤|接见/.test(trigger)) return meetingWith(text, at, trigger, mentions);
  if (kind === 'meeting' || kind === 'conference') {
    // The meeting's own name: the phrase that ends with the trigger ("2026年龙岗区·寻乌县支援合作联席会议").
    const before = text.slice(0, at + trigger.length);
    // A list in brackets is part of the name: "松江区·昭通市（昭阳区、镇雄县）东西部协作联席会议".
    const opaque = before.replace(/（[^（）]*、[^（）]*）/g, (x) => '＿'.repeat(x.length));
    const from = /[^，。；、：“”]*?$/.exec(opaque)!.index;
    let name = before.slice(from).replace(/^.*?(?:\d{1,2}月\d{1,2}日|召开了?|举行了?|主持召开|主持)/, '');
    // "X洽谈会暨第五届Y大会": one event under both names.
    // "X常委会举行第十六次会议": the session's number is part of the meeting's name.
    const nth = /^(?:举行|召开)了?(第[一二三四五六七八九十百零\d]+次(?:全体|主任|常务)?会议)/.exec(text.slice(at + trigger.length))?.[1];
    const after = nth ?? /^(?:（[^）]{1,6}）)?(?:会议|大会|会|议)?(?:暨[^，。；、]{2,24}?(?:大会|会议|会|论坛|仪式))?/.exec(text.slice(at + trigger.length))?.[0] ?? '';
    name = (name + after).replace(/^[^\u4e00-\u9fff\d]+/, '');
    // "X联络站正式揭牌": an unveiling told as a verb is named as its ceremony.
    if (trigger === '揭牌') name = `${name.replace(/(?:正式|隆重)?揭牌$/, '')}揭牌仪式`;
    return name.length >= 2 ? name : null;
  }
  // Signings and visits: the clause that carries the trigger.
  const start = Math.max(text.lastIndexOf('，', at), text.lastIndexOf('。', at)) + 1;
  const endComma = text.indexOf('，', at);
  const end = endComma < 0 ? text.length : endComma;
  return text.slice(start, end).replace(/^(?:正式|共同|并|于)/, '').replace(/[。；！？]$/, '') || null;
}

/** "A会见B一行": the host, the guest's body and the guest, without their titles. */
function meetingWith(text: string, at: number, trigger: string, mentions: ResolvedMention[]): string | null {
  // The host is the first person of the verb's clause ("X在市政府贵宾厅接见了Y", "县长X、副县长Y会见了Z").
  const clauseStart = Math.max(text.lastIndexOf('，', at), text.lastIndexOf('。', at)) + 1;
  const host = mentions.find((m) => m.type === 'Person' && m.start >= clauseStart && m.end <= at);
  const end = at + trigger.length + (text[at + trigger.length] === '了' ? 1 : 0);
  const clauseEnd = /[，。；]/.exec(text.slice(end))?.index ?? text.length - end;
  const guest = mentions.find((m) => m.type === 'Person' && m.start >= end && m.end <= end + clauseEnd);
  if (!host || !guest) return null;
  const body = mentions.find((m) => (m.type === 'Organization' || m.type === 'Enterprise') && m.start === end);
  const party = text.slice(guest.end).startsWith('一行') ? '一行' : '';
  return `${host.surface}${trigger}${body ? body.surface : ''}${guest.surface}${party}`;
}
