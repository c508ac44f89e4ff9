// ATTENDED / CHAIRED / LED for people, and ATTENDED for bodies that came (到会指导, 有关负责人).
import { type ArticleStage, type ArticleState, bySentence, keyOf, type LocalRelation, type ResolvedMention, splitKey } from '../document.ts';
import { listedBodies } from './attending-bodies.ts';
import type { Sentence } from '../sentences.ts';
import { clauses, maskStudied } from './text.ts';

const ATTEND_VERBS = /出席|主礼|嘉宾|参加|参会|到会|列席|一行|座谈|陪同|主持|率队|带队|率团|调研|考察|视察|会见|会谈|与会|参观|走访|拜会|见证|致辞|讲话|发言|签约|签署|述职|点评|莅临|会上|会议上|活动中|就座|就坐|应邀|交流|洽谈|进行了?[^，。]{0,6}沟通|颁发|接待|揭牌|揭幕|启幕|剪彩|随行|随同|同行|到场|致欢迎[辞词]|致[辞词]|听取|宣读/;
const AT_EVENT = /^(?:会上|会议上|会中|活动中|座谈中|签约仪式上|仪式上|期间|会前|会后|座谈会上)/;
const CITED = /^(?:总书记|同志为核心|新时代|生态文明思想|经济思想|文化思想|法治思想|强军思想|外交思想)/;
const ORG_ATTEND = /到会|莅临|有关负责人|负责同志|相关负责人|(?:等)?(?:企业|单位|部门|机构|高校)?(?:主要)?(?:代表|负责人)(?:参加|出席|参会|列席|与会)/;

/**
 * Stage: who took part in each event of the article, read in the event's own span. Whoever took part in an
 * event within another (a signing inside a visit) took part in that one too. Bodies listed as present through
 * their officials (attending-bodies.ts) become entities of the article here when no finder saw them.
 */
export const attendance: ArticleStage = (a, doc) => {
  const listed = bodiesListed(a, doc.localPlaces);
  const relations = a.events.flatMap((e) => {
    const own = participation(a.sentences, a.visible, e.key, Math.max(e.from, a.bodyFrom), e.to);
    for (const m of listed) if (m.sentence >= Math.max(e.from, a.bodyFrom) && m.sentence < e.to) own.push({ type: 'ATTENDED', from: m.key, to: e.key, evidence: a.sentences[m.sentence]!.text });
    const around = e.within ? own.map((r) => ({ ...r, type: 'ATTENDED' as const, to: e.within! })) : [];
    return [...own, ...around];
  });
  const seen = new Set<string>();
  const unique = relations.filter((r) => {
    const id = `${r.type}|${r.from}|${r.to}`;
    return !seen.has(id) && !!seen.add(id);
  });
  const known = new Set(a.visible.map((m) => `${m.sentence}|${m.start}|${m.key}`));
  return { attendance: unique, visible: [...a.visible, ...listed.filter((m) => !known.has(`${m.sentence}|${m.start}|${m.key}`))] };
};

/** The bodies each body sentence lists as present, as mentions: a finder's own mention when it saw the body. */
function bodiesListed(a: ArticleState, localPlaces: Map<string, string>): ResolvedMention[] {
  const inSentence = bySentence(a.visible);
  const out: ResolvedMention[] = [];
  a.sentences.forEach((s, i) => {
    if (i < a.bodyFrom || s.caption || s.heading) return;
    const here = inSentence(i);
    for (const item of listedBodies(s, here, a.home, localPlaces)) {
      const seen = here.find((m) => (m.type === 'Organization' || m.type === 'Enterprise') && m.start < item.start + item.surface.length && item.start < m.end);
      // A finder's bare "宣传部" is every committee's: the list's "区委宣传部" names this one.
      if (seen && !(splitKey(seen.key)[1] === item.surface && item.name !== item.surface)) out.push(seen);
      else out.push({ type: 'Organization', surface: item.surface, start: item.start, end: item.start + item.surface.length, sentence: i, via: 'list', key: keyOf('Organization', item.name) });
    }
  });
  return out;
}

// "…；区委副书记、区长丙一同调研": the host's item closes the list with what they all did (一同 + 调研/考察).
const LIST_ENDS_IN_VERB = /^[^。；]{0,80}?(?:(?:一同|一起|共同)?(?:出席|参加|列席|陪同)|(?:一同|一起|共同|陪同)(?:调研|考察|参观|视察|走访))了?(?:活动|会议|仪式|座谈会?|签约仪式)?[，。]/;

/**
 * "X党委副书记、师长甲；Y大学党委书记乙；…Z集团总经理丙等分别与代表团座谈": people listed item by item,
 * each item closed by "；", take part as the list's last item says.
 */
function listItemOf(sentences: Sentence[], i: number, to: number): boolean {
  let k = i;
  while (k < to && sentences[k]!.text.length <= 60 && /；$/.test(sentences[k]!.text) && sentences[k + 1]?.paragraph === sentences[k]!.paragraph) k++;
  // "…；Y街道党工委书记丙，副书记丁出席活动": the last item's own clauses end in the verb, the list is its subject.
  const last = sentences[k]?.text ?? '';
  return k > i && k < to && (/^[^，。；]{0,40}?等/.test(last) || LIST_ENDS_IN_VERB.test(last)) && ATTEND_VERBS.test(last);
}

/**
 * "…出席活动。X区委书记Y表示，…": an official named with his post who speaks right after the text tells who came
 * was there; so is a host who welcomes the guests on his bodies' behalf ("县长Y代表县委、县政府，向代表团的到来表示欢迎").
 */
function speaks(p: ResolvedMention, text: string): boolean {
  return /^(?:表示|介绍|指出|强调)/.test(text.slice(p.end, p.end + 2)) || WELCOMES.test(text.slice(p.end, p.end + 80));
}
const WELCOMES = /^代表[^。；]{0,60}?(?:表示|致以)[^，。；]{0,8}(?:欢迎|感谢)/;

/** ATTENDED, CHAIRED and LED of one event, from the sentences [from, to) that tell it. */
export function participation(sentences: Sentence[], mentions: ResolvedMention[], eventKey: string, from: number, to = sentences.length): LocalRelation[] {
  const inSentence = bySentence(mentions);
  const out: LocalRelation[] = [];
  let atEventParagraph = -1;
  // The last paragraph that told who came (or a speaker there): an official who speaks in it or the next one spoke there.
  let attendsParagraph = -2;
  for (let i = from; i < to; i++) {
    const s = sentences[i]!;
    if (s.caption || s.heading) continue;
    const text = maskStudied(s.text);
    const here = inSentence(i).filter((m) => text.slice(m.start, m.end).trim() === m.surface);
    // "座谈会上，…。X副市长Y介绍了…": the rest of a paragraph that opens at the event tells it too.
    if (AT_EVENT.test(text)) atEventParagraph = s.paragraph;
    const sentenceAttends = ATTEND_VERBS.test(text) || AT_EVENT.test(text) || listItemOf(sentences, i, to);
    const inEventParagraph = s.paragraph === atEventParagraph;
    if (sentenceAttends) attendsParagraph = s.paragraph;
    // One speaker after another ("会上，A致辞。\nA表示…\nB代表…表示欢迎"): each speaker's paragraph carries the chain on.
    const chained = s.paragraph - attendsParagraph <= 1;
    if (chained && here.some((m) => m.type === 'Person' && speaks(m, text))) attendsParagraph = s.paragraph;
    const speaksThere = (p: ResolvedMention): boolean => chained && !!p.titles?.length && speaks(p, text);
    // "以习近平同志为核心的党中央", "习近平总书记…": a leader the text cites, not one who came.
    for (const p of here.filter((m) => m.type === 'Person' && !CITED.test(text.slice(m.end, m.end + 8)))) {
      const after = text.slice(p.end, p.end + 6);
      const before = text.slice(Math.max(0, p.start - 2), p.start);
      // "X到房山区调研并主持召开座谈会": the clause's one person, its subject, chairs what it goes on to hold.
      const chairsLater = /^[^，。；]{0,30}?并主持/.exec(text.slice(p.end));
      const clauseStart = Math.max(text.lastIndexOf('，', p.start), text.lastIndexOf('。', p.start), text.lastIndexOf('；', p.start)) + 1;
      const nobodyBetween = chairsLater && !here.some((o) => o !== p && o.type === 'Person' && o.start >= clauseStart && o.start < p.end + chairsLater[0].length);
      if (/^(?:主持)/.test(after) || nobodyBetween) out.push({ type: 'CHAIRED', from: p.key, to: eventKey, evidence: s.text });
      else if (/^(?:日前|近日|今天|昨天|昨日|专程)?(?:率队|率团|带队|率|带领)/.test(after) || (/由$/.test(before) && /^率/.test(after))) out.push({ type: 'LED', from: p.key, to: eventKey, evidence: s.text });
      else if (sentenceAttends || speaksThere(p) || (inEventParagraph && (p.titles?.length || /^(?:分别|介绍|致辞|发言|讲话|汇报)/.test(after)))) out.push({ type: 'ATTENDED', from: p.key, to: eventKey, evidence: s.text });
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
