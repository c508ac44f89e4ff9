// Stage: the place an article is about. The district its byline names, else the area it names most
// often; with that district's city and province, and the first place named for posts nothing else places.
import { type ArticleStage, type Home, keyOf } from '../document.ts';
import type { Mention } from '../finders/mention.ts';
import { places } from '../lexicon.ts';
import type { Sentence } from '../sentences.ts';

export const findHomePlace: ArticleStage = (a, doc) => ({ home: homeDistrict(a.draft.byline, hostMentions(a.mentions, a.sentences), doc.knownShort, a.mentions) });

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
    mentions.filter((m) => m.type === 'District' && COMES_TO_US.test(sentences[m.sentence]?.text.slice(m.end) ?? '')).map((m) => m.canonical ?? m.surface),
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

function homeDistrict(byline: string | null, mentions: Mention[], knownShort: Set<string>, all: Mention[]): Home {
  const idx = places();
  let district: string | null = null;
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
    district = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
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
    const city = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
    const province = city ? (idx.full.get(city)?.find((p) => p.level === 'city')?.province ?? null) : null;
    return { district, city, province, anyPlace };
  }
  return { district, city: row?.city ?? null, province: row?.province ?? null, anyPlace };
}
