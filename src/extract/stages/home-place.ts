// Stage: the place an article is about. The district its byline names, else the area it names most
// often; with that district's city and province, and the first place named for posts nothing else places.
import { type ArticleStage, type Home, keyOf } from '../document.ts';
import type { Mention } from '../finders/mention.ts';
import { places } from '../lexicon.ts';
import type { Sentence } from '../sentences.ts';

export const findHomePlace: ArticleStage = (a, doc) => ({
  home: homeDistrict(a.draft.byline, hostMentions(a.mentions, a.sentences), doc.knownShort, a.mentions, a.draft.byline ? null : datelinePlace(a.sentences), barePrefectureWord(a.sentences)),
});

/** A bare prefecture post or body (州委副书记、州长X, 州政府, 盟委): no 市 has it, so it tells which kind of city is home. */
const BARE_PREFECTURE = /(?:^|[^\u4e00-\u9fff])([州盟])(?:委|长|政府|人大|政协)/;
function barePrefectureWord(sentences: Sentence[]): string | null {
  for (const s of sentences) {
    const m = BARE_PREFECTURE.exec(s.text);
    if (m) return m[1]!;
  }
  return null;
}

/** A dateline that opens the body without brackets: "X新闻网讯 11月4日，…", "X日报讯：…". */
const DATELINE = /^\s*([\u4e00-\u9fff]{2,10}?)(?:新闻网|家园网|网|日报|晚报|报|电视台|台)讯/;

/**
 * The place a bare dateline's paper is named for, read like a byline's: a city's or an area's paper writes from
 * its own place; a province's or the nation's site (中国西藏网) writes about many, so it names none.
 */
function datelinePlace(sentences: Sentence[]): string | null {
  const paper = sentences.slice(0, 3).map((s) => DATELINE.exec(s.text)?.[1]).find(Boolean);
  if (!paper) return null;
  const idx = places();
  for (const len of [3, 2]) {
    const head = paper.slice(0, len);
    // A city's site drops its 市 (吉安新闻网): a short form shared with a county of the same name is the city's.
    const name = [idx.short.get(head), head, `${head}市`].find((n) => n !== undefined && idx.full.has(n));
    const rows = name ? idx.full.get(name) : undefined;
    if (rows?.length) return rows.every((p) => p.level === 'city' || p.level === 'area') ? name! : null;
  }
  return null;
}

/** A clause that ends in a visit to the paper's own place: "X县县长Y带队到我县", "X市政协考察团来我市". */
const COMES_TO_US = /^[^，,。；;！？]*?(?:来|到|莅临|抵达)我(?:县|区|市|旗)/;

/** A clause that brings its guests to a place written by its first character: "率代表团来遂考察". */
const COMES_TO_ABBREVIATION = /^[^，,。；;！？]*?(?:来|莅临|抵达)(?![自到说看讲])([\u4e00-\u9fff])(?:考察|调研|参观|访问|就|开展|进行|洽谈|对接|投资|学习|交流)/;

/** A page's footer (版权所有©…, 地址：…): the publisher's address is no place the article is about. */
const FOOTER = /版权所有|©|Copyright|ICP备|地址[:：]|邮编[:：]/i;

/** A clause that goes to the place named at its end: "小分队赴X区参观", "代表团前往Y县". */
const GOES_TO = /(?:赴|前往|来到|抵达)[^，,。；;！？]*$/;

/**
 * The mentions that may name the article's own place: the place of a visitor who comes "to 我县" is not 我县,
 * however often the report names it (a visit report names the guests' county more than its own); nor is a
 * place the article's delegation goes to ("赴X区参观了X区规划馆" names X as often as the home it left).
 */
function hostMentions(mentions: Mention[], sentences: Sentence[]): Mention[] {
  const visitors = new Set(
    mentions
      .filter((m) => m.type === 'District' && (COMES_TO_US.test(sentences[m.sentence]?.text.slice(m.end) ?? '') || welcomed(m, sentences) || comesTo(m, mentions, sentences)))
      .map((m) => m.canonical ?? m.surface),
  );
  const visited = (m: Mention) => m.type === 'District' && GOES_TO.test(sentences[m.sentence]?.text.slice(0, m.start) ?? '');
  // "X区区长Y率代表团来遂": the guests come to the place whose first character follows 来 (遂 for 遂昌县),
  // unless the article also sends them there (赴Y): then it is written from the guests' side, 来Y in the hosts' words.
  const firsts = new Set(mentions.filter((m) => m.type === 'District').map((m) => (m.canonical ?? m.surface)[0]!));
  const sentTo = new Set(mentions.filter(visited).map((m) => (m.canonical ?? m.surface)[0]!));
  for (const m of mentions) {
    const to = m.type === 'District' ? COMES_TO_ABBREVIATION.exec(sentences[m.sentence]?.text.slice(m.end) ?? '')?.[1] : undefined;
    if (to && to !== (m.canonical ?? m.surface)[0] && firsts.has(to) && !sentTo.has(to)) visitors.add(m.canonical ?? m.surface);
  }
  const footer = (m: Mention) => m.type === 'District' && FOOTER.test(sentences[m.sentence]?.text ?? '');
  const hosts = mentions.filter((m) => !(m.type === 'District' && (visitors.has(m.canonical ?? m.surface) || visited(m) || footer(m))));
  return hosts.some((m) => m.type === 'District') ? hosts : mentions;
}

/** "X代表团来Y县考察", "X一行莅临Y区": the paper writes 来 and 莅临 toward its own place, so X visits. */
const COMES_TO = /^[^，,。；;！？、]{0,12}(?:来到|来|莅临)$/;
function comesTo(m: Mention, mentions: Mention[], sentences: Sentence[]): boolean {
  const text = sentences[m.sentence]?.text ?? '';
  return mentions.some((o) => o.type === 'District' && o.sentence === m.sentence && o.start > m.end && o.canonical !== m.canonical && COMES_TO.test(text.slice(m.end, o.start)));
}

/** A host's welcome names its guests: "对X一行的到来表示欢迎", "对X代表团一行来访表示感谢". */
const WELCOME = /对([^，,。；;]{2,24}?)一行的?(?:到来|来访)/g;
function welcomed(m: Mention, sentences: Sentence[]): boolean {
  for (const w of sentences[m.sentence]?.text.matchAll(WELCOME) ?? []) if (w.index + 1 <= m.start && m.end <= w.index + 1 + w[1]!.length) return true;
  return false;
}

function homeDistrict(byline: string | null, mentions: Mention[], knownShort: Set<string>, all: Mention[], paperPlace: string | null, prefecture: string | null = null): Home {
  const idx = places();
  let district: string | null = paperPlace;
  const firstAt = (name: string): number =>
    Math.min(...mentions.filter((m) => m.type === 'District' && m.canonical === name).map((m) => m.sentence * 1e5 + m.start));
  if (byline) {
    for (const short of knownShort) if (byline.includes(short)) district = idx.short.get(short) ?? district;
  }
  if (!district) {
    const count = new Map<string, number>();
    for (const m of mentions) {
      if (m.type !== 'District' || !m.canonical) continue;
      // "三江" for 三江侗族自治县 is how a partner's paper writes the autonomous county, its own writes it in full.
      if (/自治[县旗]$/.test(m.canonical) && !/[县旗]$/.test(m.surface)) continue;
      const p = idx.full.get(m.canonical);
      // A district the data lacks (油尖旺区) was named in full in the file: it counts too.
      // A 社区, 园区 or 景区 ends in 区 too, but is no district.
      const local = m.canonical.endsWith('区') && !/(?:社区|小区|园区|校区|景区|片区|城区|街区|矿区|辖区)$/.test(m.canonical) && (!p || /^[东西南北中]区$/.test(m.canonical));
      if (p?.some((x) => x.level === 'area') || local) count.set(m.canonical, (count.get(m.canonical) ?? 0) + 1);
    }
    // A tie goes to the area named first: a report names its own place in the lead, the places it visited after.
    district = [...count].sort((a, b) => b[1] - a[1] || firstAt(a[0]) - firstAt(b[0]))[0]?.[0] ?? null;
  }
  const mentioned = new Set(mentions.filter((m) => m.type === 'District').map((m) => m.canonical));
  const rows = district ? idx.full.get(district)?.filter((p) => p.level === 'area') ?? [] : [];
  const row = rows.find((r) => r.city && mentioned.has(r.city)) ?? rows[0];
  const first = all.find((m) => m.type === 'District');
  const anyPlace = first ? keyOf('District', first.canonical ?? first.surface) : null;
  if (!district) {
    // An article about a city names no county: its bare 市政府, 州政府 are the city's it names most.
    const count = new Map<string, number>();
    for (const m of mentions) if (m.type === 'District' && m.canonical && idx.full.get(m.canonical)?.some((p) => p.level === 'city')) count.set(m.canonical, (count.get(m.canonical) ?? 0) + 1);
    // "州委副书记、州长X" with 昆明 named once inside a firm's name: the bare 州 posts are the 自治州's.
    const ofKind = (name: string) => (prefecture && name.endsWith(prefecture) ? 1 : 0);
    const city = [...count].sort((a, b) => ofKind(b[0]) - ofKind(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
    const province = city ? (idx.full.get(city)?.find((p) => p.level === 'city')?.province ?? null) : null;
    return { district, city, province, anyPlace };
  }
  return { district, city: row?.city ?? null, province: row?.province ?? null, anyPlace };
}
