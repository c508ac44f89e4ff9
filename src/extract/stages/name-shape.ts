// How Chinese news writes the name of a person, body, place or enterprise, as rules on one entity:
// a name is kept, repaired (a conjunction glued on the front, a clause glued after a body's suffix) or
// dropped (a generic or relative body, a post, a venue, a common word). Never a list of names.
import type { EntityType } from '../format.ts';
import { compoundSurnames, places, surnameRank } from '../lexicon.ts';
import { tagWords } from '../segmenter.ts';

/** What the rule needs to know about one entity in its article. */
export interface NameContext {
  type: Exclude<EntityType, 'Event'>;
  name: string;
  /** Each written mention: the text right before and right after it in its sentence. */
  contexts: { surface: string; before: string; after: string; endsInWord?: boolean }[];
  /** The article's own district (龙华区), when known. */
  homeDistrict: string | null;
  /** The places the article names, most mentioned first. */
  places: string[];
  /** The other bodies the article names (吕梁市人民政府), for a relative one that refers back to one of them. */
  bodies?: string[];
}

/** The name to keep (maybe repaired), or null: the entity is dropped. */
export type Verdict = string | null;

const LEAD_GLUE = /^(?:还和|还与|并与|和|与|及|同|是|为|在|对|向|以)/;
const ZONE = /(?:高新区|开发区|经开区|新区|园区|试验区|示范区)$/;
/** A verb heading what should be a name: 增补X党委, 建设X大学. */
const VERB_HEAD = /^(?:增补|建设|贯彻|落实|推进|加强|支持|参观|考察|来到|符合|合作|组织|推动|围绕|限时|打造|引进|成立|设立)/;
/** A clause glued after a body's or enterprise's suffix. */
const BODY_THEN_CLAUSE = /^(.+?(?:委员会|总工会|工会|人民政府|政府|管委会|有限责任公司|股份有限公司|有限公司|集团|[局厅院委]))(?:作为|贯彻|落实|推进|召开|举行|等公司|等单位|等|[\u4e00-\u9fff]{2,3}等公司).*$/;
const VENUE = /(?:会议室|贵宾厅|报告厅|会议厅|多功能厅|礼堂|接待室|会展中心|博览中心|国际会议中心|展示中心|展览馆|展示馆|展厅|纪念馆|博物馆|规划馆|科技馆|(?:宾馆|酒店|大厦|大楼|中心|会堂)[\u4e00-\u9fff]{1,4}厅)$/;
const POST = /^(.+?[省市区县州旗])委各?常委$/;
const GENERIC_BODY = /有关|相关|各级|^各|^该|两地|双方/;
const RELATIVE_BODY = /^[区县市州省旗](?:委|人大|人大常委会|人民政府|政府|政协|纪委)/;
/** A company described, not named: 国有独资公司, 大型公司, 综合性建设集团. */
const GENERIC_ENTERPRISE = /(?:独资|大型|项目|合资)公司$|^[\u4e00-\u9fff]{1,3}性[\u4e00-\u9fff]{0,4}(?:公司|集团|企业)$/;

export function shapeName(c: NameContext): Verdict {
  switch (c.type) {
    case 'Person':
      return person(c);
    case 'District':
      return district(c);
    default:
      return body(c);
  }
}

function isPlace(s: string): boolean {
  const idx = places();
  return idx.full.has(s) || idx.short.has(s);
}

function district(c: NameContext): Verdict {
  const m = LEAD_GLUE.exec(c.name);
  if (m) {
    const rest = c.name.slice(m[0].length);
    // 是高新区 is 高新区.
    if (rest.length >= 2 && (ZONE.test(rest) || isPlace(rest))) return rest;
    // 和县 in "周叶华和县政府办": 和 joins a name to the article's own 县 and its bodies.
    if (rest.length === 1 && c.contexts.length > 0 && c.contexts.every((x) => /[\u4e00-\u9fff]$/.test(x.before) && !/[省市州]$/.test(x.before) && /^(?:人民)?政府|^[^，。、]{0,4}[局办委]/.test(x.after))) return null;
  }
  return placeInContext(c) ? c.name : null;
}

const PLACE_BEFORE = /(?:^|[赴到在来至与和、，。：“（从向对及同于由自省市州区县])$/;
const PLACE_AFTER = /^(?:$|[、，。；：”）与和的市县区]|委|政府|人民|人大|政协|党|代表|两地|考察|调研|籍|境内|干部|领导|召开|举行|签|合作|协作|对口|帮扶)/;

/** A two-character place (兴县) is a place where the text writes it as one, not inside a slogan (品牌兴县) or a phrase (两个临县). */
function placeInContext(c: NameContext): boolean {
  if (c.contexts.length === 0) return true;
  // 东坡 made 东坡区, 长治 made 长治市: two written characters inside a longer word (苏东坡, 长治久安) everywhere.
  if (c.name.length > 2) return !c.contexts.every((x) => x.surface.length === 2 && insideWord(x));
  return c.contexts.some((x) => PLACE_BEFORE.test(x.before) && PLACE_AFTER.test(x.after));
}

/** The mention is part of a longer dictionary word that is no place (苏|东坡, 长治|久安). */
function insideWord(x: NameContext['contexts'][number]): boolean {
  const longer = [x.before.slice(-1) + x.surface, x.before.slice(-2) + x.surface, x.surface + x.after.slice(0, 1), x.surface + x.after.slice(0, 2)];
  // One dictionary word (the segmenter tags a run it does not know "x": that is no word).
  return longer.some((w) => {
    if (!/^[\u4e00-\u9fff]+$/.test(w) || isPlace(w)) return false;
    const words = tagWords(w);
    return words.length === 1 && words[0]!.tag !== 'x';
  });
}

function body(c: NameContext): Verdict {
  let n = c.name;
  const lead = LEAD_GLUE.exec(n);
  if (lead && n.length - lead[0].length >= 3) {
    const rest = n.slice(lead[0].length);
    // 和县规划局 after a name is 和 + a relative 县规划局: the article's own county, when it is one.
    if (RELATIVE_BODY.test(rest) || /^[区县市]/.test(rest)) {
      // Split off a conjunction and still without an owner, it is too unsure a reading to keep.
      const placed = ownPlace(rest, c);
      return placed === rest ? null : placed;
    }
    n = rest;
  }
  // The clause before a company: 考察团一行先后来到X有限公司 is X有限公司.
  n = n.replace(/^.*(?:来到|参观了?|考察了?(?!团)|走进|还和|还与|并与)(?=[^，。]{4,}$)/, '');
  // "A考察团B党政考察团C市政协": delegations run together on a caption line; the name after the last one is C's.
  n = n.replace(/^.*(?:考察团|代表团|访问团|调研团|参访团)(?=[^，。]{3,}$)/, '');
  // "X区一定要加强和Y集团的对接", "急需Y集团这样的大企业": the verb phrase before the partner is no part of it.
  n = n.replace(/^.*(?:加强|深化|拓展|密切|保持|推进)(?:和|与|同)(?=[^，。]{3,}$)|^(?:急需|亟需|需要|希望|欢迎|期待)(?=[^，。]{4,}$)/, '');
  n = n.replace(/^.*[―—](?=[^―—]{4,}$)/, '');
  const cut = BODY_THEN_CLAUSE.exec(n);
  if (cut) n = cut[1]!;
  const post = POST.exec(n);
  // 市委常委 is a post: the body it belongs to is the 市委.
  if (post) return `${post[1]}委`;
  // X委X政府 names two bodies: the party committee, first, stands for the pair.
  const fused = /^(.*?[省市区县州旗])委(?:[省市区县州旗])?(?:人民)?政府$/.exec(n);
  if (fused && !n.startsWith(`${fused[1]}委员会`)) n = `${fused[1]}委`;
  // "…办公室政府信息公开" is a page's link: the body ends at 办公室.
  n = n.replace(/(?<=办公室|[局厅办])(?:人民)?政府$/, '');
  // "市委市政府中心工作": 中心工作 is the body's main work, no 中心 of it.
  if (/中心$/.test(n) && c.contexts.length > 0 && c.contexts.every((x) => /^(?:工作|任务)/.test(x.after))) return null;
  if (n.includes('与') || /作为|会议(?!.*委员会)/.test(n) || VERB_HEAD.test(n) || GENERIC_BODY.test(n) || VENUE.test(n) || CONCEPT.test(n)) return null;
  // 指挥部办公室, 领导小组办公室: a body's kind with its owner cut off (南山区“X工程”| 指挥部办公室).
  if (/^(?:工作)?(?:指挥部|领导小组|工作组|调研组|督导组)?办公室$|^(?:工作)?(?:指挥部|领导小组)$/.test(n)) return null;
  // 立委, 常委, 编委: a member's post; a body of two characters names its place (市委, 区委).
  if (/^[^省市区县州旗乡镇]委$/.test(n)) return null;
  const owner = ownerBefore(n, c);
  if (owner) return owner + n;
  if (RELATIVE_BODY.test(n)) return placeWrittenBefore(n, c) ?? ownPlace(n, c);
  // A short term in quotes ("大党委") is a concept, not a body.
  if (n.length <= 4 && c.contexts.length > 0 && c.contexts.every((x) => x.before.endsWith('“') && x.after.startsWith('”'))) return null;
  if (c.type === 'Enterprise' && (GENERIC_ENTERPRISE.test(n) || isPlace(n.replace(/(?:公司|集团)$/, '')))) return null;
  // A place + 办 with no office named (海南省办 of 建省办特区) is no body.
  if (/^[）)]/.test(n) || n.length < 2 || (/^[^办]{2,}[省市县区]办$/.test(n) && isPlace(n.slice(0, -1)))) return null;
  return n;
}

/** A planning term (X都市圈副中心, X经济圈) names no body. */
const CONCEPT = /(?:副中心|都市圈|经济圈|城市群|经济带)$/;

/**
 * The owner the finder left before the name, when every mention has it: a branch's bank or group
 * (X银行 + 上海分行党委), 政协 before a place's 委员会 (政协 + X旗第十三届委员会).
 */
function ownerBefore(n: string, c: NameContext): string | null {
  if (c.contexts.length === 0) return null;
  const branch = /^[\u4e00-\u9fff]{2,4}?(?:分行|支行|分公司)/.test(n);
  const owners = c.contexts.map((x) => {
    if (branch) return /(?:^|[、，。：（\s])([\u4e00-\u9fff]{2,8}(?:银行|集团|公司))$/.exec(x.before)?.[1] ?? null;
    if (/委员会$/.test(n) && !/^(?:中国|中共|政协)/.test(n)) return /政协$/.test(x.before) ? '政协' : null;
    return null;
  });
  return owners.every((o) => o !== null && o === owners[0]) ? owners[0]! : null;
}

/** "，郊区政府": a district whose name is one character and its level (郊区, 矿区) read as a relative 区政府. */
function placeWrittenBefore(relative: string, c: NameContext): string | null {
  if (c.contexts.length === 0) return null;
  const heads = c.contexts.map((x) => /(?:^|[^\u4e00-\u9fff]|[在与和赴到了及同对向为是由])([\u4e00-\u9fff])$/.exec(x.before)?.[1] ?? null);
  const head = heads[0];
  return head && heads.every((h) => h === head) && places().full.has(head + relative[0]) ? head + relative : null;
}

/** A relative body (区人民政府) named after the article's own place of that level (its district, else the
 * only place of that level it names); left relative when that is unknown. */
function ownPlace(relative: string, c: NameContext): Verdict {
  const level = relative[0]!;
  const named = c.places.filter((p) => p.endsWith(level) && p.length > 1);
  const place = c.homeDistrict?.endsWith(level) ? c.homeDistrict : named.length === 1 ? named[0] : undefined;
  if (place) return place + relative.slice(1);
  // "吕梁市政府与X签约……市政府": the article named the body in full once; the relative form refers back to it.
  const full = new Set((c.bodies ?? []).filter((b) => b !== c.name && !LEAD_GLUE.test(b) && b.length > relative.length && b.endsWith(relative.slice(1)) && b[b.length - relative.length] === level));
  return full.size === 1 ? [...full][0]! : relative;
}

/** A function word the last character starts: 张三在 + 致辞中, 李四率 + 代表团, 王五关 + 于. */
const TRAILING = [
  ['在', /^[^，。]{0,12}(?:中|上|时)|^(?:讲话|致辞)/],
  ['率', /^(?:队|团|领|[^，。]{0,14}(?:代表团|考察团|调研组|一行))/],
  ['关', /^于/],
] as const;

/** Characters that start the next word after a name, never end one. */
const FUNCTION_CHAR = /^[在和与及等也又都就还并亦同向对为率代主出讲致表指强说是的了任兼均皆一共分先再则随首即将已曾便]/;

function person(c: NameContext): Verdict {
  const n = c.name;
  // A name cut one character short: 王大|为、李四 (a list goes on after the name), 巴根|那主持 (a verb after it).
  if (n.length === 2 && c.contexts.length > 0) {
    const rest = c.contexts.map((x) => /^([\u4e00-\u9fff])(?:[、，及]|(?:主持|出席|讲话|致辞|表示|指出|强调))/.exec(x.after)?.[1] ?? null);
    const last = rest[0];
    const listed = c.contexts.every((x) => /^[\u4e00-\u9fff][、，及]/.test(x.after));
    if (last && rest.every((r) => r === last) && !/[等和与及也都以]/.test(last) && (listed || !FUNCTION_CHAR.test(last))) return n + last;
  }
  // 来潜|江, 来潜投资: a verb of coming and the first character of a place (the article's own, or one going on after it).
  const comingTo = n.length === 2 && /^[来到赴至]/.test(n) && c.contexts.length > 0;
  if (comingTo && (c.places.some((p) => p.startsWith(n[1]!)) || c.contexts.some((x) => isPlace(n[1] + x.after.slice(0, 1)) || isPlace(n[1] + x.after.slice(0, 2))))) return null;
  for (const [char, next] of TRAILING) {
    if (n.length === 3 && n.endsWith(char) && c.contexts.some((x) => next.test(x.after))) return n.slice(0, 2);
  }
  // A name that ends inside a word (战略合|作, 来潜|江) is a piece of that word; 和 + a common noun (和群众) is no name.
  // Only under a rare surname: the segmenter also runs common names into the next word (钱立新任).
  if ((surnameRank.get(n[0]!) ?? 999) > 200 && c.contexts.length > 0 && c.contexts.every((x) => x.endsInWord)) return null;
  if (/^[和与及]/.test(n) && n.length === 3 && tagWords(n.slice(1)).every((w) => w.word.length === 2 && /^(?:[nva]|an|vn)$/.test(w.tag))) return null;
  // A whole dictionary word that is no name (齐聚一堂, 信息), or a place where a party is named (代表X签约).
  const words = tagWords(n);
  const word = words.length === 1 && !n.includes('·') ? words[0]!.tag : '';
  if (/^(?:i|l|n|vn)$/.test(word) || (word === 'nz' && n.length === 4 && !compoundSurnames.has(n.slice(0, 2)))) return null;
  if (isPlace(n) && c.contexts.length > 0 && c.contexts.every((x) => /(?:代表|赴|到|来|在|与)$/.test(x.before))) return null;
  // 领导来航 / 一行来X: a verb of coming and a place's first character, not a person surnamed 来.
  if (n.length === 2 && /^[来到赴至]/.test(n) && c.contexts.length > 0 && c.contexts.every((x) => /(?:领导|一行|团|组|们|嘉宾|客商)$/.test(x.before))) return null;
  // A rate or a quality (满意率, 积极性) is a noun; a breadcrumb (党派·声音 > …) is page chrome.
  if (/[率性度感]$/.test(n)) return null;
  if (n.includes('·') && c.contexts.some((x) => /[>＞]/.test(x.before + x.after))) return null;
  return n;
}
