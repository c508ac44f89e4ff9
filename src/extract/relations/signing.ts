// SIGNED: the parties of a signing, named before the signing verb in its clause.
import { type ArticleStage, bySentence, type Home, keyOf, type LocalRelation, type ResolvedMention, splitKey } from '../document.ts';
import type { Sentence } from '../sentences.ts';
import { selfMentions } from './pairing.ts';
import { maskStudied, SIGN } from './text.ts';

/** Stage: the parties that signed at the article's event ("双方" are the article's pair, so pairings run first). */
export const signing: ArticleStage = (a) => ({
  // Each event's parties from its own span (stages/event-spans.ts).
  signed: a.events.flatMap((e) => {
    const inSpan = (m: ResolvedMention) => m.sentence >= e.from && m.sentence < e.to;
    // Bodies read only from a post's title ("市委" of 市委常委) are no entities, but they tell whom a signer signs for.
    const titleBodies = a.resolved.filter((m) => m.fromTitle && inSpan(m));
    // A signing's 双方 may be the pair of the article's headline (not so for a visit that tells a signing in passing).
    const parties = throughGovernments(signatories(a.sentences, a.visible.filter(inSpan), e, a.pairings, a.home, titleBodies, e.kind === 'signing' ? a.visible : []));
    if (e.kind !== 'signing') return parties;
    const firms = firmsPresent(a.sentences, a.visible.filter(inSpan), e).filter((r) => !parties.some((p) => p.from === r.from));
    return [...parties, ...firms.filter((r, i) => firms.findIndex((o) => o.from === r.from) === i)];
  }),
});

/** "X公司总经理A、Y公司董事长B等参加会见和签约活动", "…作为投资方代表介绍项目": the firms whose people come to sign. */
const FIRMS_SIGN = /(?:参加|出席)了?(?:会见[和及与])?(?:项目)?签约(?:活动|仪式)?|作为(?:投资方|签约方|签约企业|客商)代表/;

/**
 * At a signing (a 集中签约 of projects), the firms are the parties when their people are listed as signing or
 * presenting the investors' side; the officials in the same list are hosts or witnesses, and stay so.
 */
function firmsPresent(sentences: Sentence[], mentions: ResolvedMention[], event: { key: string; from: number; to: number }): LocalRelation[] {
  const inSentence = bySentence(mentions);
  const out: LocalRelation[] = [];
  for (let i = event.from; i < event.to && i < sentences.length; i++) {
    const text = sentences[i]!.text;
    const verb = FIRMS_SIGN.exec(text);
    if (!verb) continue;
    const here = inSentence(i);
    const people = here.filter((m) => m.type === 'Person' && m.end <= verb.index);
    for (const m of here) {
      if (m.type !== 'Enterprise' || m.end > verb.index) continue;
      // Its person follows in the same list item: titles and perhaps a second firm the person also heads.
      const next = people.find((p) => p.start >= m.end);
      if (next && next.start - m.end <= 30 && !/[，。；]/.test(text.slice(m.end, next.start))) out.push({ type: 'SIGNED', from: m.key, to: event.key, evidence: text });
    }
  }
  return out;
}


/** Government posts: an official who holds one signs for the place, not for the party committee. */
const GOVERNMENT_POST = /(?:区长|县长|市长|州长|旗长|省长)/;

/**
 * "市委常委、副市长X与客商签约", "南湖区区委副书记、区长X…签约": the committee in the signer's title is their
 * party's, not a party to the agreement; with a government post the signer signs for the place, as the text
 * names no government (the fresh golds: 南湖区, 潜江市; a named 县人民政府 that signs stays the party).
 */
function signsForPlace(m: ResolvedMention, text: string, people: ResolvedMention[]): string | null {
  if (m.type !== 'Organization') return null;
  const place = /^(?:中共)?(.+?[区县市旗州省])[区县市旗州省]?委$/.exec(splitKey(m.key)[1])?.[1];
  const signer = place ? people.find((p) => p.start >= m.end && p.start - m.end <= 14 && !/[，。；与和及]/.test(text.slice(m.end, p.start))) : undefined;
  return signer && place && GOVERNMENT_POST.test(text.slice(m.end, signer.start)) ? keyOf('District', place) : null;
}

/** "A区与B大学举行签约仪式" and "…签署《B大学A区人民政府…协议》": the place signed through its government. */
function throughGovernments(signed: LocalRelation[]): LocalRelation[] {
  const signers = new Set(signed.map((r) => `${r.to}|${r.from}`));
  const government = (r: LocalRelation) => ['人民政府', '政府'].some((g) => signers.has(`${r.to}|${r.from.replace(/^District\|/, 'Organization|')}${g}`));
  return signed.filter((r) => !(r.from.startsWith('District|') && government(r)));
}

/** SIGNED: the parties named before the signing verb in its clause (not the place "在X"). */
export function signatories(sentences: Sentence[], mentions: ResolvedMention[], event: { key: string; from: number; to: number }, pairs: LocalRelation[], home?: Home, titleBodies: ResolvedMention[] = [], article: ResolvedMention[] = []): LocalRelation[] {
  const inSentence = bySentence(mentions);
  const inArticle = bySentence(article);
  const titleBodiesIn = bySentence(titleBodies);
  const out: LocalRelation[] = [];
  const eventKey = event.key;
  sentences.forEach((s, i) => {
    // Only the event's own sentences: a 双方 of a signing told after a visit signs at the signing, not the visit.
    if (s.caption || s.heading || i < event.from || i >= event.to) return;
    const text = maskStudied(s.text);
    // "与我县签订": the paper's own place signs.
    const here = [...inSentence(i).filter((m) => m.type !== 'Person'), ...selfMentions(text, i, home)].sort((x, y) => x.start - y.start);
    const people = inSentence(i).filter((m) => m.type === 'Person');
    for (const verb of text.matchAll(new RegExp(SIGN.source, 'g'))) {
      const clauseStart = Math.max(text.lastIndexOf('，', verb.index), text.lastIndexOf('。', verb.index), text.lastIndexOf('；', verb.index)) + 1;
      // "在深圳龙岗签署": places after 在 are where, not who (walk back over a chain of places).
      const isWhere = (m: ResolvedMention): boolean => {
        let at = m.start;
        for (let prev = here.find((x) => x.type === 'District' && x.end === at); prev; prev = here.find((x) => x.type === 'District' && x.end === at)) at = prev.start;
        return /[在于赴]$/.test(text.slice(0, at));
      };
      const clause = text.slice(clauseStart, verb.index);
      // "刚刚签约的X校区": a signing verb before 的 describes a thing; its clause names no party.
      if (/^(?:了|过)?的/.test(text.slice(verb.index + verb[0].length))) continue;
      // "X市副市长Y见证签约", "出席签约仪式", "参加了此次签约仪式": the people there witness; the parties are elsewhere.
      if (/(?:见证|出席|参加|观摩|主持)了?(?:此次|本次|这次)?$/.test(clause)) continue;
      // "X将以此次签约为契机": the signing spoken of is no act; whoever speaks of it signs nothing here.
      if (/以(?:此次|本次|这次|今天的)?(?:项目)?$/.test(clause) && text[verb.index + verb[0].length] === '为') continue;
      // "向项目签约表示祝贺": a signing congratulated is the object of the sentence, its speaker signs nothing.
      if (/[向对为]/.test(clause) && /^[^，。；]{0,8}?(?:表示|致以)/.test(text.slice(verb.index + verb[0].length))) continue;
      // "X市副市长Y见证了A与B的签约": the parties come after 见证.
      const witnessed = clause.lastIndexOf('见证');
      const from = witnessed >= 0 ? clauseStart + witnessed + 2 : clauseStart;
      // "X县2023年招商引资项目集中签约": a place that dates the signing hosts it; the parties are the projects' firms.
      // "X市产城融合示范区重点项目集中签约", "X举行…签约仪式": so too the place whose projects sign or that holds it.
      // Not "A县与B县举行结对签约仪式": the second of a pair that holds it signs.
      const holds = (m: ResolvedMention) => /^(?:举行|举办)/.test(text.slice(m.end)) && !/[与和同]$/.test(text.slice(0, m.start));
      const hosts = (m: ResolvedMention) => m.type === 'District' && (holds(m) || /^(?:\d{4}年|[一二三四]季度|[^，。；与和同]{0,12}(?:重点|招商|产业)项目(?:集中|视频|线上)?签约)/.test(text.slice(m.end)));
      const parties = here.filter((m) => m.start >= from && m.end <= verb.index && !isWhere(m) && !isChainPrefix(m, here) && !inTitle(m, text, people) && !hosts(m));
      if (BOTH_SIDES.test(clause) && parties.length < 2) {
        // "双方签订": the two parties paired in this article, or the first "A与B" of the sentences before, else of
        // the article's top (a headline "A与B签订…", whose signing the body tells again with 双方).
        const pair = pairs[pairs.length - 1];
        const near = pair ? [pair.from, pair.to] : firstAndPair(sentences, inSentence, i, clauseStart);
        const keys = near.length ? near : firstAndPair(sentences, inArticle, Math.min(i, 3), Infinity, 0);
        for (const k of keys) out.push({ type: 'SIGNED', from: k, to: eventKey, evidence: s.text });
        continue;
      }
      if (parties.length > 0 && /^[并还也]?与/.test(text.slice(clauseStart, parties[0]!.start).replace(/^\s+/, ''))) {
        // "…，并与X签订": the subject of the sentence signs too.
        // "在X会上，A作为…，与B签订": the subject is the sentence's first party, not the place it was held in.
        const subject = here.find((m) => m.start < clauseStart && !isWhere(m) && !isChainPrefix(m, here) && !inTitle(m, text, people));
        if (subject) parties.unshift(subject);
      }
      if (parties.length === 0) parties.push(...partiesAfter(text, verb.index + verb[0].length, here));
      if (parties.length === 0) parties.push(...signersBodies(people, here, from, verb.index));
      if (parties.length === 0) parties.push(...titleBodiesIn(i).filter((m) => m.start >= from && m.end <= verb.index && signsForPlace(m, text, people)));
      for (const m of parties) {
        const government = signsForPlace(m, text, people);
        out.push({ type: 'SIGNED', from: government ?? m.key, to: eventKey, evidence: s.text });
      }
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

/** "双方", "两大经开区", "市校双方": the parties are the article's pair. */
const BOTH_SIDES = /双方|两地|两区|两县|两市|两大/;

/** "A与B举行座谈。会上，双方签订…": the nearest "A与B" before the clause, in this sentence or the three before (or down to `top`). */
function firstAndPair(sentences: Sentence[], inSentence: (i: number) => ResolvedMention[], at: number, before: number, top = at - 3): string[] {
  for (let i = at; i >= Math.max(0, top); i--) {
    const text = sentences[i]!.text;
    const here = inSentence(i).filter((m) => m.type !== 'Person' && (i < at || m.end <= before)).sort((x, y) => x.start - y.start);
    for (let k = 0; k + 1 < here.length; k++) {
      const [a, b] = [here[k]!, here[k + 1]!];
      if (a.key !== b.key && /^[与和同]$/.test(text.slice(a.end, b.start))) return [a.key, b.key];
    }
  }
  return [];
}

/**
 * Parties written after the verb: the bodies an agreement's own name holds ("签署《X大学Y区人民政府战略合作
 * 框架协议》"), or the firm a "签约企业代表" speaks for ("签约企业代表X公司总经理Y").
 */
function partiesAfter(text: string, at: number, here: ResolvedMention[]): ResolvedMention[] {
  const title = /^了?《([^》]{2,60})》/.exec(text.slice(at));
  const bodies = (from: number, to: number) => here.filter((m) => (m.type === 'Organization' || m.type === 'Enterprise') && m.start >= from && m.end <= to);
  if (title) {
    const from = at + title[0].indexOf('《') + 1;
    return bodies(from, from + title[1]!.length);
  }
  const firm = /^(?:企业|单位|方)(?:代表)?/.exec(text.slice(at));
  return firm ? bodies(at + firm[0].length, at + firm[0].length + 40).filter((m) => m.start === at + firm[0].length).slice(0, 1) : [];
}

/** "A局主席X与B厅厅长Y签署了…": with no party named, the bodies of the signers' own titles sign. */
function signersBodies(people: ResolvedMention[], here: ResolvedMention[], from: number, verb: number): ResolvedMention[] {
  const signers = people.filter((p) => p.start >= from && p.end <= verb && p.titles?.length);
  if (signers.length < 2) return [];
  return here.filter((m) => m.type === 'Organization' && m.start >= from && m.end <= verb && signers.some((p) => p.start >= m.end && p.start - m.end <= 8));
}
