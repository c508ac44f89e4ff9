// Stage 6: an article's sentences and resolved mentions → events and relations, each with its evidence.
import type { EventKind, RelationType } from './format.ts';
import { EVENT_TRIGGERS } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import type { Sentence } from './sentences.ts';

/** A mention after resolution: `key` names the entity ("Organization|龙岗区政协"). */
export interface ResolvedMention extends Mention {
  key: string;
}

export interface LocalRelation {
  type: RelationType;
  from: string;
  to: string;
  evidence: string;
  title?: string;
}

export interface EventDraft {
  name: string;
  kind: EventKind;
  sentence: number;
  heldIn: string | null;
}

// Reported content ("传达学习习近平总书记……重要讲话精神") names people who did not take part.
const STUDIED = /(?:传达|学习|领学|贯彻|落实|宣讲|解读)[^。；，]*(?:精神|讲话|论述|指示|批示|文章|摘编|要求|部署)/g;
const ATTEND_VERBS = /出席|参加|参会|到会|列席|一行|座谈|陪同|主持|率队|带队|率团|调研|考察|视察|会见|会谈|与会|参观|走访|拜会|见证|致辞|讲话|发言|签约|签署|述职|点评|莅临|会上|会议上|活动中|就座|应邀/;
const AT_EVENT = /^(?:会上|会议上|会中|活动中|座谈中|签约仪式上|仪式上|期间|会前|会后|座谈会上)/;
const ORG_ATTEND = /到会|莅临|有关负责人|负责同志|相关负责人|(?:等)?(?:企业|单位|部门|机构|高校)?(?:主要)?(?:代表|负责人)(?:参加|出席|参会|列席|与会)/;
const SIGN = /签署|签订|签约|签下|签定/;
const PAIRING = /结对|对口帮扶|对口支援|对口合作|支援合作|东西部协作|东西协作|帮扶协作|友好城市|友城/;

const groups = new WeakMap<readonly Mention[], Map<number, Mention[]>>();
/** The mentions of one sentence, from an index built once per list (lists are not changed afterwards). */
export function inSentence<M extends Mention>(mentions: readonly M[], sentence: number): M[] {
  let index = groups.get(mentions);
  if (!index) {
    index = new Map();
    for (const m of mentions) {
      const list = index.get(m.sentence) ?? [];
      list.push(m);
      index.set(m.sentence, list);
    }
    groups.set(mentions, index);
  }
  return (index.get(sentence) ?? []) as M[];
}

/** Masks reported content with spaces, keeping offsets. */
export function maskStudied(s: string): string {
  return s.replace(STUDIED, (m) => ' '.repeat(m.length));
}

/** The article's main event: the first trigger in its lead, named after the meeting when it says so. */
export function findEvent(sentences: Sentence[], bodyFrom: number, mentions: ResolvedMention[]): EventDraft | null {
  const lead = sentences.slice(bodyFrom, bodyFrom + 3).map((s, i) => ({ s, i: bodyFrom + i })).filter((x) => !x.s.caption && !x.s.heading);
  // Without a trigger in the lead, an agreement signed later in the article is the event.
  const later = sentences.map((s, i) => ({ s, i })).filter((x) => x.i >= bodyFrom && !x.s.caption && !x.s.heading && SIGN.test(x.s.text) && /协议|合同|备忘录|协议书|框架/.test(x.s.text));
  for (const { s, i } of [...lead, ...later]) {
    const text = maskStudied(s.text);
    for (const [re, kind] of EVENT_TRIGGERS) {
      const m = re.exec(text);
      if (!m) continue;
      const name = eventName(text, m.index, m[0], kind) ?? m[0];
      const places = inSentence(mentions, i).filter((x) => x.type === 'District');
      // Where: "在X召开/举行", "赴X".
      const where =
        places.find((p) => /在$|于$/.test(text.slice(0, p.start)) && /^[^，。]{0,8}(?:召开|举行|举办|签署|签订|开幕|启动)/.test(text.slice(p.end))) ??
        places.find((p) => text[p.start - 1] === '赴') ??
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

/** ATTENDED / CHAIRED / LED for people, and ATTENDED for bodies that came (到会指导, 有关负责人). */
export function participation(sentences: Sentence[], mentions: ResolvedMention[], eventKey: string, from: number): LocalRelation[] {
  const out: LocalRelation[] = [];
  for (let i = from; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.caption || s.heading) continue;
    const text = maskStudied(s.text);
    const here = inSentence(mentions, i).filter((m) => text.slice(m.start, m.end).trim() === m.surface);
    const sentenceAttends = ATTEND_VERBS.test(text) || AT_EVENT.test(text);
    for (const p of here.filter((m) => m.type === 'Person')) {
      const after = text.slice(p.end, p.end + 6);
      const before = text.slice(Math.max(0, p.start - 2), p.start);
      if (/^(?:主持)/.test(after)) out.push({ type: 'CHAIRED', from: p.key, to: eventKey, evidence: s.text });
      else if (/^(?:率队|率团|带队|率|带领)/.test(after) || (/由$/.test(before) && /^率/.test(after))) out.push({ type: 'LED', from: p.key, to: eventKey, evidence: s.text });
      else if (sentenceAttends) out.push({ type: 'ATTENDED', from: p.key, to: eventKey, evidence: s.text });
    }
    // Bodies: only in the clause that says they came.
    for (const clause of clauses(text)) {
      const verb = ORG_ATTEND.exec(clause.text);
      if (!verb) continue;
      for (const o of here) {
        if (o.type !== 'Organization' && o.type !== 'Enterprise') continue;
        if (o.start >= clause.start && o.end <= clause.start + verb.index) out.push({ type: 'ATTENDED', from: o.key, to: eventKey, evidence: s.text });
      }
    }
  }
  return out;
}

function clauses(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[，。；！？]/g)) {
    out.push({ text: text.slice(start, m.index), start });
    start = m.index + 1;
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out;
}

/** SIGNED: the parties named before the signing verb in its clause (not the place "在X"). */
export function signatories(sentences: Sentence[], mentions: ResolvedMention[], eventKey: string, pairs: LocalRelation[]): LocalRelation[] {
  const out: LocalRelation[] = [];
  sentences.forEach((s, i) => {
    if (s.caption || s.heading) return;
    const text = maskStudied(s.text);
    const here = inSentence(mentions, i).filter((m) => m.type !== 'Person');
    const people = inSentence(mentions, i).filter((m) => m.type === 'Person');
    for (const verb of text.matchAll(new RegExp(SIGN.source, 'g'))) {
      const clauseStart = Math.max(text.lastIndexOf('，', verb.index), text.lastIndexOf('。', verb.index), text.lastIndexOf('；', verb.index)) + 1;
      // "在深圳龙岗签署": places after 在 are where, not who (walk back over a chain of places).
      const isWhere = (m: ResolvedMention): boolean => {
        let at = m.start;
        for (let prev = here.find((x) => x.type === 'District' && x.end === at); prev; prev = here.find((x) => x.type === 'District' && x.end === at)) at = prev.start;
        return /[在于赴]$/.test(text.slice(0, at));
      };
      const clause = text.slice(clauseStart, verb.index);
      // "X市副市长Y见证签约", "出席签约仪式": the people there witness; the parties are elsewhere.
      if (/(?:见证|出席|参加|观摩|主持)$/.test(clause)) continue;
      // "X市副市长Y见证了A与B的签约": the parties come after 见证.
      const witnessed = clause.lastIndexOf('见证');
      const from = witnessed >= 0 ? clauseStart + witnessed + 2 : clauseStart;
      const parties = here.filter((m) => m.start >= from && m.end <= verb.index && !isWhere(m) && !isChainPrefix(m, here) && !inTitle(m, text, people));
      if (/双方|两地|两区|两县/.test(clause) && parties.length < 2) {
        // "双方签订": the two parties paired in this article, or the first "A与B" of the sentence before.
        const pair = pairs[pairs.length - 1];
        if (pair) for (const k of [pair.from, pair.to]) out.push({ type: 'SIGNED', from: k, to: eventKey, evidence: s.text });
        continue;
      }
      if (parties.length > 0 && /^[并还也]?与/.test(text.slice(clauseStart, parties[0]!.start).replace(/^\s+/, ''))) {
        // "…，并与X签订": the subject of the sentence signs too.
        const subject = here.find((m) => m.start < clauseStart);
        if (subject) parties.unshift(subject);
      }
      for (const m of parties) out.push({ type: 'SIGNED', from: m.key, to: eventKey, evidence: s.text });
    }
  });
  return out;
}

/** A place written only as the head of a longer name ("甘肃省" of 甘肃省临夏州东乡族自治县): the longest name is the party. */
function isChainPrefix(m: ResolvedMention, here: ResolvedMention[]): boolean {
  return m.type === 'District' && here.some((x) => x !== m && x.start === m.end && x.type !== 'Person');
}

/** A place or body that is part of a person's title ("天津市" of 天津市副市长张伟). */
function inTitle(m: ResolvedMention, text: string, people: ResolvedMention[]): boolean {
  return people.some((p) => p.titles?.length && p.start >= m.end && p.start - m.end <= 14 && !/[，。、；与和及]/.test(text.slice(m.end, p.start)));
}

/** PAIRED_WITH: "A与B建立支援合作关系", "A·B支援合作", "A对口帮扶B". */
export function pairings(sentences: Sentence[], mentions: ResolvedMention[]): LocalRelation[] {
  const out: LocalRelation[] = [];
  sentences.forEach((s, i) => {
    if (s.caption) return;
    const text = s.text;
    if (!PAIRING.test(text)) return;
    const here = inSentence(mentions, i).filter((m) => m.type === 'District' || m.type === 'Organization');
    for (const c of clauses(text)) {
      if (!PAIRING.test(c.text)) continue;
      const inClause = here.filter((m) => m.start >= c.start && m.end <= c.start + c.text.length);
      for (const first of inClause) {
        const joiner = text[first.start - 1];
        // "城口县修齐镇": the party is the last place of a chain.
        let b = first;
        for (let next = inClause.find((x) => x.start === b.end && x.type === 'District'); next && b.type === 'District'; next = inClause.find((x) => x.start === b.end && x.type === 'District')) b = next;
        let a: ResolvedMention | undefined;
        // "A与B、C与D分别结对": a 、 that opens another "C与D" pair joins nothing.
        if (joiner === '、' && /^[与和同]/.test(text.slice(b.end))) a = undefined;
        else if (joiner === '·' || joiner === '、') a = inClause.filter((x) => x.end === first.start - 1).pop();
        else if (/[与和同]/.test(joiner ?? '')) a = inClause.filter((x) => x.end <= first.start - 1 && x.type === b.type && !/[与和同、]/.test(text.slice(x.end, first.start - 1))).pop();
        else {
          const between = text.slice(0, first.start);
          const m = /(?:支援合作|对口帮扶|对口支援|对口合作|帮扶)$/.exec(between);
          if (m) a = inClause.filter((x) => x.end === m.index).pop();
        }
        if (a && a.key !== b.key) out.push({ type: 'PAIRED_WITH', from: a.key, to: b.key, evidence: s.text });
      }
    }
  });
  return out;
}
