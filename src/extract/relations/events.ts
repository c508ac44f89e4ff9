// The article's event (meeting, signing, visit, conference) and where it was held (HELD_IN).
import { bySentence, type ArticleStage, type EventDraft, keyOf, type ResolvedMention } from '../document.ts';
import type { EventKind } from '../format.ts';
import { EVENT_TRIGGERS } from '../lexicon.ts';
import type { Sentence } from '../sentences.ts';
import { maskStudied, SIGN } from './text.ts';

/** Stage: the article's event, keyed by the article (two articles' events are two events), and HELD_IN. */
export const findArticleEvent: ArticleStage = (a) => {
  const found = findEvent(a.sentences, a.bodyFrom, a.resolved);
  if (!found) return { event: null, heldIn: [] };
  // Every event is held somewhere: where the text says, else the article's own place.
  const home = a.home.district ?? a.home.city;
  const event = { ...found, key: `Event|${a.record.id}|${found.name}`, heldIn: found.heldIn ?? (home ? keyOf('District', home) : null) };
  const heldIn = event.heldIn ? [{ type: 'HELD_IN' as const, from: event.key, to: event.heldIn, evidence: a.sentences[event.sentence]!.text }] : [];
  return { event, heldIn };
};

/** The article's main event: the first trigger in its lead, named after the meeting when it says so. */
export function findEvent(sentences: Sentence[], bodyFrom: number, mentions: ResolvedMention[]): Omit<EventDraft, 'key'> | null {
  const inSentence = bySentence(mentions);
  const lead = sentences.slice(bodyFrom, bodyFrom + 3).map((s, i) => ({ s, i: bodyFrom + i })).filter((x) => !x.s.caption && !x.s.heading);
  // Without a trigger in the lead, an agreement signed later in the article is the event.
  const later = sentences.map((s, i) => ({ s, i })).filter((x) => x.i >= bodyFrom && !x.s.caption && !x.s.heading && SIGN.test(x.s.text) && /协议|合同|备忘录|协议书|框架/.test(x.s.text));
  for (const { s, i } of [...lead, ...later]) {
    const text = maskStudied(s.text);
    for (const [re, kind] of EVENT_TRIGGERS) {
      const m = re.exec(text);
      if (!m) continue;
      const name = eventName(text, m.index, m[0], kind) ?? m[0];
      const places = inSentence(i).filter((x) => x.type === 'District');
      // Where: "在X召开/举行", "赴X".
      const where =
        places.find((p) => /在$|于$/.test(text.slice(0, p.start)) && /^[^，。]{0,8}(?:召开|举行|举办|签署|签订|开幕|启动)/.test(text.slice(p.end))) ??
        places.find((p) => text[p.start - 1] === '赴') ??
        // "到X考察", "来到X调研": the place of a visit.
        (kind === 'visit' ? places.find((p) => /(?:到|来到|前往|走进)$/.test(text.slice(0, p.start))) : undefined) ??
        null;
      return { name: name.trim(), kind, sentence: i, heldIn: where?.key ?? null };
    }
  }
  return null;
}

function eventName(text: string, at: number, trigger: string, kind: EventKind): string | null {
  if (kind === 'meeting' || kind === 'conference') {
    // The meeting's own name: the phrase that ends with the trigger ("2026年龙岗区·寻乌县支援合作联席会议").
    const before = text.slice(0, at + trigger.length);
    const m = /([^，。；、：“”]*?)$/.exec(before);
    let name = (m?.[1] ?? '').replace(/^.*?(?:\d{1,2}月\d{1,2}日|召开了?|举行了?|主持召开|主持)/, '');
    const after = /^(?:（[^）]{1,6}）)?(?:会议|大会|会|议)?/.exec(text.slice(at + trigger.length))?.[0] ?? '';
    name = (name + after).replace(/^[^\u4e00-\u9fff\d]+/, '');
    return name.length >= 2 ? name : null;
  }
  // Signings and visits: the clause that carries the trigger.
  const start = Math.max(text.lastIndexOf('，', at), text.lastIndexOf('。', at)) + 1;
  const endComma = text.indexOf('，', at);
  const end = endComma < 0 ? text.length : endComma;
  return text.slice(start, end).replace(/^(?:正式|共同|并|于)/, '').replace(/[。；！？]$/, '') || null;
}
