// PAIRED_WITH: standing pairings of places ("A与B建立支援合作关系", "A·B支援合作", "A对口帮扶B",
// "A——B粤桂协作", "A…赴对口援藏的B"), with 我区/我县/我市 read as the article's own place.
import { type ArticleStage, bySentence, type Home, keyOf, type LocalRelation, type ResolvedMention, splitKey } from '../document.ts';
import { places } from '../lexicon.ts';
import type { Sentence } from '../sentences.ts';
import { clauses } from './text.ts';

// Two provinces' one-character names before 协作 (粤桂协作, 苏陕协作) name a standing east-west pairing;
// 友好城市 and 合作共建 are not pairings.
const PAIRING = /结对|帮扶对子|对口(?:帮扶|支援|援建|合作|协作|援藏|援疆)|支援合作|东西部(?:扶贫)?协作|东西协作|扶贫协作|帮扶协作|山海协作|援藏|援疆|[京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵黔云滇藏陕甘陇青宁新]{2}(?:扶贫)?协作/;
/** The bodies that stand for their place: its government and its party committee. */
const GOVERNMENT = /^Organization\|.{2,12}(?:人民政府|[区县市旗]委)$/;
/** "在A的倾情帮扶下，B…". */
const HELPED = /在([^，。]{2,14}?)的?[^，。的]{0,6}帮扶下[，]/;
/** "深化与B交流协作": cooperation with a partner place, the sentence's own place the other side. */
const WITH_PARTNER = /与[^，。]{2,12}?(?:的|之间)?(?:交流|帮扶)?协作/;
/** A visit to the partner: "A(党政代表团)赴B开展扶贫协作", "A…赴对口援藏的B". */
const VISIT = /(?:赴|到|来)(?:对口(?:帮扶|支援|援藏|援疆|协作)的)?$/;

/** Aid given to the place written next: "对口支援B", "对口援建B县、C县". */
const AID = /对口(?:支援|帮扶|援建)$/;
/** A helper that says what it will do ("A将…做好对口支援B"): the place that opens the sentence or a clause, then 将. */
const PLEDGE = /^(?:将|要|会)/;

/** "来航开展", "来苍考察": a visit to the host, named by one character. */
const HOST_VISIT = /来[\u4e00-\u9fff](?:开展|考察|调研|对接|交流|参观|洽谈)/;

/** One-character names of provinces, as east-west pairings are named (闽宁协作 = 福建 and 宁夏). */
const PROVINCE_OF: Record<string, string> = {
  京: '北京市', 津: '天津市', 沪: '上海市', 渝: '重庆市', 冀: '河北省', 晋: '山西省', 蒙: '内蒙古自治区', 辽: '辽宁省', 吉: '吉林省', 黑: '黑龙江省',
  苏: '江苏省', 浙: '浙江省', 皖: '安徽省', 闽: '福建省', 赣: '江西省', 鲁: '山东省', 豫: '河南省', 鄂: '湖北省', 湘: '湖南省', 粤: '广东省',
  桂: '广西壮族自治区', 琼: '海南省', 川: '四川省', 贵: '贵州省', 黔: '贵州省', 云: '云南省', 滇: '云南省', 藏: '西藏自治区', 陕: '陕西省',
  甘: '甘肃省', 陇: '甘肃省', 青: '青海省', 宁: '宁夏回族自治区', 新: '新疆维吾尔自治区',
};
const PROVINCE_PAIR = new RegExp(`([${Object.keys(PROVINCE_OF).join('')}])([${Object.keys(PROVINCE_OF).join('')}])(?:扶贫)?协作`, 'g');

/** Stage: the pairings the article states. */
export const pairing: ArticleStage = (a) => {
  // A visitor's body named only in a title ("北京市人大常委会副主任X一行来我市") is no entity, yet its place visits.
  const titleBodies = a.resolved.filter((m) => m.fromTitle && m.type === 'Organization');
  const stated = pairings(a.sentences, a.visible, a.home, titleBodies);
  return { pairings: stated.length ? stated : provincePairing(a.sentences, a.visible) };
};

/**
 * "闽宁协作", "粤桂协作": the two provinces are paired, when the article names both and states no pairing of
 * its own places (then the provinces are only the frame of that pairing).
 */
function provincePairing(sentences: Sentence[], mentions: ResolvedMention[]): LocalRelation[] {
  const named = new Set(mentions.filter((m) => m.type === 'District').map((m) => m.key));
  for (const s of sentences) {
    if (s.caption) continue;
    for (const m of s.text.matchAll(PROVINCE_PAIR)) {
      const [a, b] = [keyOf('District', PROVINCE_OF[m[1]!]!), keyOf('District', PROVINCE_OF[m[2]!]!)];
      if (a !== b && named.has(a) && named.has(b)) return [{ type: 'PAIRED_WITH', from: a, to: b, evidence: s.text }];
    }
  }
  return [];
}

/** "我区/我县/我市/我旗": the article's own place, when its level fits. */
export function selfMentions(text: string, sentence: number, home: Home | undefined): ResolvedMention[] {
  const district = home?.district;
  if (!district) return [];
  return [...text.matchAll(/我(区|县|市|旗)/g)]
    .filter((m) => district.endsWith(m[1]!))
    .map((m) => ({ type: 'District' as const, surface: m[0], start: m.index, end: m.index + 2, sentence, via: 'place' as const, canonical: district, key: keyOf('District', district) }));
}

export function pairings(sentences: Sentence[], mentions: ResolvedMention[], home?: Home, titleBodies: ResolvedMention[] = []): LocalRelation[] {
  const inSentence = bySentence(mentions);
  const titledIn = bySentence(titleBodies);
  const out: LocalRelation[] = [];
  sentences.forEach((s, i) => {
    if (s.caption) return;
    const text = s.text;
    if (!PAIRING.test(text) && !WITH_PARTNER.test(text) && !HELPED.test(text)) return;
    // A place's government or party committee that pairs ("A区人民政府与B县人民政府签订扶贫协作协议") pairs its place.
    const here = [...inSentence(i).map((m) => (GOVERNMENT.test(m.key) ? governedPlace(m) ?? m : m)), ...selfMentions(text, i, home)]
      .filter((m) => m.type === 'District' || m.type === 'Organization')
      .sort((x, y) => x.start - y.start);
    const pair = (a: ResolvedMention, b: ResolvedMention) => {
      if (a.key !== b.key) out.push({ type: 'PAIRED_WITH', from: a.key, to: b.key, evidence: s.text });
    };
    // "在A的倾情帮扶下，B…": A helps B.
    const helped = HELPED.exec(text);
    if (helped) {
      const helper = here.find((m) => m.type === 'District' && m.start === helped.index + 1);
      const partner = here.find((m) => m.type === 'District' && m.start === helped.index + helped[0].length);
      if (helper && partner) pair(helper, partner);
    }
    for (const c of clauses(text)) {
      if (!PAIRING.test(c.text) && !WITH_PARTNER.test(c.text)) continue;
      // In an agreement's name the frame's own places may be paired ("粤桂协作（吴川—三江）"), not its signers.
      const frame = frameOfAgreement(c.text);
      const inClause = here.filter((m) => m.start >= c.start && m.end <= c.start + c.text.length && (!frame || m.type === 'District'));
      const chainEnd = (first: ResolvedMention) => {
        // "城口县修齐镇": the party is the last place of a chain.
        let b = first;
        for (let next = inClause.find((x) => x.start === b.end && x.type === 'District'); next && b.type === 'District'; next = inClause.find((x) => x.start === b.end && x.type === 'District')) b = next;
        return b;
      };
      const before = out.length;
      for (const first of inClause) {
        if (inBrackets(text, first.start)) continue;
        const joiner = text[first.start - 1];
        const b = chainEnd(first);
        let a: ResolvedMention | undefined;
        // "A与B、C与D分别结对": a 、 that opens another "C与D" pair joins nothing.
        if (joiner === '、' && /^[与和同]/.test(text.slice(b.end))) a = undefined;
        else if (joiner === '·') a = inClause.filter((x) => x.end === first.start - 1).pop();
        // "A、B两地结对": two items only; a longer 、-list ("A、B、C作书面交流") is a list, not a pair.
        else if (joiner === '、') a = /^(?:两[地区县市]|双方)/.test(text.slice(b.end)) ? inClause.filter((x) => x.end === first.start - 1 && text[x.start - 1] !== '、').pop() : undefined;
        // "吴川——三江粤桂协作": places joined by a dash.
        else if (joiner === '—' || joiner === '-') a = inClause.filter((x) => x.end === first.start - (text.slice(0, first.start).match(/[—-]+$/)?.[0].length ?? 1)).pop();
        else if (/[与和同]/.test(joiner ?? '')) a = inClause.filter((x) => x.end <= first.start - 1 && x.type === b.type && !/[与和同、]/.test(text.slice(x.end, first.start - 1))).pop();
        else {
          const m = /(?:支援合作|对口帮扶|对口支援|对口合作|帮扶)$/.exec(text.slice(0, first.start));
          if (m) a = inClause.filter((x) => x.end === m.index).pop();
          // The helper written apart from its aid: "A承担新一轮对口援建B县、C县" (earlier in the clause), "A将…，做好
          // 对口支援B" (the sentence's subject). Only 对口 aid: a bare 帮扶 is any help.
          const aid = a ? null : AID.exec(text.slice(0, first.start));
          if (aid) a = inClause.filter((x) => x.type === 'District' && x.end < aid.index).pop() ?? pledgingPlace(here, text, aid.index);
        }
        if (!a) continue;
        // "A·B市（X区、Y县）": the partners are the places in the brackets; "对口援建B县、C县": each place of the list.
        const listed = bracketList(text, b.end, inClause);
        const aided = a.end < first.start && AID.test(text.slice(0, first.start)) ? [b, ...listAfter(text, b, inClause)] : [b];
        for (const partner of listed.length ? listed : aided) pair(a, partner);
      }
      if (out.length > before) continue;
      // "A将…深化与B交流协作": the place the sentence opens with (or 我县) and its partner.
      const partner = inClause.find((m) => m.type === 'District' && /与$/.test(text.slice(0, m.start)) && /^(?:的|之间)?(?:交流|帮扶)?协作/.test(text.slice(m.end)));
      const subject = here.find((m) => m.type === 'District' && m.start === 0) ?? here.find((m) => m.surface.startsWith('我') && m.start === 0);
      if (partner && subject) {
        pair(subject, partner);
        continue;
      }
      // "A党政代表团赴B开展扶贫协作": the visitor's place and the place visited.
      for (const first of inClause) {
        const verb = VISIT.exec(text.slice(0, first.start));
        if (!verb || first.type !== 'District') continue;
        // "天津市人大常委会副主任X一行来我市调研东西部协作": a body's own place visits.
        const body = (m: ResolvedMention) => m.type === 'Organization' && m.end <= verb.index;
        const visitor = here.filter((x) => x.type === 'District' && x.end <= verb.index && !inBrackets(text, x.start)).pop() ?? bodyPlace(here.find(body) ?? titledIn(i).find(body));
        if (visitor) pair(visitor, sameLevel(visitor, first, inClause) ?? chainEnd(first));
        break;
      }
      if (out.length > before) continue;
      // "A领导来航开展山海协作": the host is written by a one-character abbreviation (often an old name no
      // division data has), so the place visited is the article's own.
      const toHost = HOST_VISIT.exec(c.text);
      const hostKey = home?.district ? keyOf('District', home.district) : null;
      if (toHost && hostKey && !inClause.some((m) => m.start === c.start + toHost.index + 1)) {
        const visitor = inClause.filter((x) => x.type === 'District' && x.end <= c.start + toHost.index && x.key !== hostKey).pop();
        if (visitor) out.push({ type: 'PAIRED_WITH', from: chainEnd(visitor).key, to: hostKey, evidence: s.text });
      }
    }
  });
  return out;
}

/**
 * "甲医院与乙医院签订了粤桂协作（吴川—三江）侗医药合作协议": the pairing word only frames an agreement
 * of cooperation between its signers, who are not paired by it ("签订结对帮扶协议" is a pairing agreement).
 */
function frameOfAgreement(clause: string): boolean {
  const m = /(?:签订|签署)了?(.*?)(?:协议书?|备忘录)/.exec(clause);
  if (!m) return false;
  const at = m[1]!.search(PAIRING);
  return at >= 0 && /合作|共建/.test(m[1]!.slice(at).replace(PAIRING, ''));
}

/** "昆明市…到迪庆州香格里拉市建塘镇考察": in a chain of places the partner is the one at the visitor's level. */
function sameLevel(visitor: ResolvedMention, first: ResolvedMention, inClause: ResolvedMention[]): ResolvedMention | null {
  const idx = places();
  const level = (m: ResolvedMention) => idx.full.get(splitKey(m.key)[1])?.[0]?.level;
  const want = level(visitor);
  for (let m: ResolvedMention | undefined = first; m; m = inClause.find((x) => x.start === m!.end && x.type === 'District')) {
    if (want && level(m) === want) return m;
  }
  return null;
}

/** The place a body's name opens with ("天津市人大常委会" → 天津市), as a place mention, or undefined. */
function bodyPlace(body: ResolvedMention | undefined): ResolvedMention | undefined {
  if (!body) return undefined;
  const name = splitKey(body.key)[1];
  const idx = places();
  for (let len = Math.min(name.length - 1, 12); len >= 2; len--) {
    const place = idx.full.get(name.slice(0, len))?.find((p) => p.level !== 'street');
    if (place) return { ...body, type: 'District', key: keyOf('District', place.name) };
  }
  return undefined;
}

/** The place a government or party committee governs: the last place of its name ("常州市钟楼区人民政府" → 钟楼区). */
function governedPlace(body: ResolvedMention): ResolvedMention | undefined {
  const name = splitKey(body.key)[1].replace(/(?:人民政府|委)$/, '');
  const idx = places();
  for (let from = 0; from < name.length - 1; from++) {
    if (idx.full.get(name.slice(from))?.some((p) => p.level !== 'street')) return { ...body, type: 'District', key: keyOf('District', name.slice(from)) };
  }
  return undefined;
}

/** "A将…": a place that opens the sentence or one of its clauses and pledges (将, 要), before `at`. */
function pledgingPlace(here: ResolvedMention[], text: string, at: number): ResolvedMention | undefined {
  return here.find((m) => m.type === 'District' && m.end < at && (m.start === 0 || /[，,：:]/.test(text[m.start - 1]!)) && PLEDGE.test(text.slice(m.end)));
}

/** The places that go on a 、-list after `b` ("雅江县、新龙县"): each the last place of its own chain. */
function listAfter(text: string, b: ResolvedMention, inClause: ResolvedMention[]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (let last = b, next = inClause.find((x) => x.start === b.end + 1 && x.type === 'District'); text[last.end] === '、' && next; next = inClause.find((x) => x.start === last.end + 1 && x.type === 'District')) {
    let end = next;
    for (let more = inClause.find((x) => x.start === end.end && x.type === 'District'); more; more = inClause.find((x) => x.start === end.end && x.type === 'District')) end = more;
    out.push(end);
    last = end;
  }
  return out;
}

/** Is the offset inside round brackets (a list that explains the place before it)? */
function inBrackets(text: string, at: number): boolean {
  const open = Math.max(text.lastIndexOf('（', at), text.lastIndexOf('(', at));
  const close = Math.max(text.lastIndexOf('）', at), text.lastIndexOf(')', at));
  return open > close;
}

/** The places listed in brackets right after `at` ("（昭阳区、镇雄县）"), or none. */
function bracketList(text: string, at: number, mentions: ResolvedMention[]): ResolvedMention[] {
  const m = /^[（(]([^）)]{2,60})[）)]/.exec(text.slice(at));
  if (!m) return [];
  const inside = mentions.filter((x) => x.type === 'District' && x.start > at && x.end <= at + m[0].length - 1);
  // Every item of the list is a place: otherwise the brackets say something else.
  const items = m[1]!.split(/[、，,]/).length;
  return inside.length === items ? inside : [];
}
