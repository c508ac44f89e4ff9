// Bodies (government, party, institutions) and enterprises by their suffix: a name that ends in a suffix
// and starts at a place or national head, or stands alone as a free-named institution; and the body part
// of a post's title (the 区委 of 区委书记). A 处/科/室 folds into its body.
import { BODY_SUFFIXES, ENTERPRISE_SUFFIXES, GENERIC_CORES, SUB_UNIT } from '../lexicon.ts';
import { tagWords } from '../segmenter.ts';
import { type Boundaries, isHan, leftEdge, leftStops, type Mention, overlaps, PUNCT, type Span, type Title } from './mention.ts';
import { nameBoundaryAt } from './names.ts';
import { findPlaces } from './places.ts';

const PLACE_HEAD_CHARS = new Set([...'市区县省镇乡州']);
const NATIONAL_HEADS = ['国家', '中国', '中华', '中共', '中央', '国务院', '全国'];
// Institutions carry their own names (清华大学, 中国航空学会); every other body needs a place or national head.
// Hong Kong bodies (运输署, 东区民政事务处, 油尖旺区议会) carry no place head either.
const FREE_NAMED = new Set(['署', '区议会', '议会', '立法会', '民政事务处', '事务处', '警务处', '大学', '学院', '学会', '协会', '商会', '联合会', '联谊总会', '联谊会', '促进会', '总会', '实验室', '基金会', '课题组', '研究院', '研究所', '研究中心', '科学院', '工程院']);
export const NEEDS_HEAD = new Set(BODY_SUFFIXES.filter((x) => !FREE_NAMED.has(x)));
export const ENTERPRISE = new Set(ENTERPRISE_SUFFIXES);
const SUFFIX_RE = new RegExp(`(?:${[...BODY_SUFFIXES, ...ENTERPRISE_SUFFIXES].sort((a, b) => b.length - a.length).join('|')})`, 'g');
export const GENERIC_START = /^(?:各|全[区市县省国]|有关|相关|基层|上级|该|本|其|两(?=[地区县市级个家委会岸])|多(?=[个家所部方])|一些|重点|广大|主要|部分|这|那|此|我|每|某|[一二三四五六七八九十两几数\d]+[个家所位名级])/;

export function hasHead(core: string, cuts: Boundaries, offset: number, knownShort: Set<string>): boolean {
  if (/^[A-Za-z]/.test(core)) return true;
  if (knownShort.has(core.slice(0, 2)) || knownShort.has(core.slice(0, 3))) return true;
  if (NATIONAL_HEADS.some((h) => core.startsWith(h))) return true;
  if (findPlaces(core.slice(0, 14), knownShort)[0]?.start === 0) return true;
  // A court, procuratorate or police written with the level alone (县法院, 区检察院) is one word to the segmenter.
  if (PLACE_HEAD_CHARS.has(core[0]!) && (cuts.has(offset + 1) || /^[市区县省镇乡州](?:委|政|人大|纪委|人民|法院|检察院|公安)/.test(core))) return true;
  if (/^[\u4e00-\u9fff]{1,3}国/.test(core) && cuts.has(offset + core.indexOf('国') + 1)) return true;
  return false;
}

/** Bodies and enterprises: a name that ends in a suffix and starts at a head or a list boundary. */
export function findBodies(s: string, sentence: number, taken: Span[], knownShort: Set<string>, cuts: Boundaries): Mention[] {
  const cands: Mention[] = [];
  SUFFIX_RE.lastIndex = 0;
  for (let m = SUFFIX_RE.exec(s); m; m = SUFFIX_RE.exec(s)) {
    const suffix = m[0];
    const end = m.index + suffix.length;
    SUFFIX_RE.lastIndex = m.index + 1;
    // The suffix must end a word: "商务局" does, "所能" does not.
    if (!cuts.has(end) && !PUNCT.test(s[end] ?? '。')) continue;
    if (suffix.length === 1 && NON_BODY_WORDS.test(s.slice(Math.max(0, m.index - 3), end))) continue;
    let left = leftEdge(s, m.index, 30, cuts);
    // "Key Global公司": a Latin name's words are spaced; the space is no edge.
    while (/^[A-Za-z0-9]/.test(s.slice(left, m.index)) && /[A-Za-z0-9&.] $/.test(s.slice(Math.max(0, left - 2), left))) left = latinWordStart(s, left - 1);
    // "市乡村振兴和协作交流局": a conjunction inside a name, when the part before it is no entity itself.
    if (/[和与及]/.test(s[left - 1] ?? '') && left - 1 > 0) {
      const left2 = leftEdge(s, left - 1, 20, cuts);
      const part = s.slice(left2, left - 1);
      const ministryForm = /^(?:部|委员会)$/.test(suffix) && part.length <= 4 && m.index - left <= 4;
      if (part.length >= 2 && (hasHead(part, cuts, left2, knownShort) || ministryForm) && !SUFFIX_END.test(part) && !findPlaces(part, knownShort).some((h) => h.end === part.length)) left = left2;
    }
    let start = left;
    const isEnterprise = ENTERPRISE.has(suffix);
    // Trim to the first word boundary where a head starts; else keep the whole phrase for free-named kinds.
    let headAt = -1;
    for (let p = left; p < m.index; p++) {
      // "X能源发展（北京）有限公司": the place in brackets is the firm's region, not where its name starts.
      if (!cuts.has(p) || /[（(][^）)]*$/.test(s.slice(left, p))) continue;
      const abbreviationHead = p === left && /^[\u4e00-\u9fff]{2}[部委]/.test(s.slice(p, m.index)) && cuts.has(p + 3);
      if (hasHead(s.slice(p, end), cuts, p, knownShort) || cands.some((c) => c.start === p) || abbreviationHead) {
        headAt = p;
        break;
      }
    }
    // Without a head, a one-character suffix must be followed by what follows a body ("部对…", "局有关负责人").
    const plausibleEnd = !(suffix.length === 1 && isHan(s[end]) && !nameBoundaryAt(s, end) && !SUFFIX_AFTER.test(s.slice(end)));
    if (headAt < 0 && !plausibleEnd) continue;
    if (headAt >= 0) start = headAt;
    else if (!NEEDS_HEAD.has(suffix)) start = trimLeadingFunctionWords(s, left, m.index);
    else {
      // Abbreviations like 工信部, 发改委, and ministries like 工业和信息化部: standing alone in a list or after a verb.
      const standsAlone = left === 0 || PUNCT.test(s[left - 1]!) || leftStops.some((w) => s.startsWith(w, left - w.length));
      const abbrev = m.index - left === 2 && /^[部委办]$/.test(suffix);
      const ministry = /^(?:部|委员会)$/.test(suffix) && /^[\u4e00-\u9fff]{2,4}和[\u4e00-\u9fff]{2,4}$/.test(s.slice(left, m.index));
      if (!standsAlone || !(abbrev || ministry)) continue;
    }
    start = clauseTail(s, start, m.index, cuts, knownShort, isEnterprise);
    // "民建重庆市X联谊会": a democratic party's body; without the party it names another association.
    const party = /(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)$/.exec(s.slice(Math.max(0, start - 4), start))?.[0];
    if (party && !isEnterprise) start -= party.length;
    // "先后来到X农业开发有限公司": a visit's verb before a firm whose name has no place head is where the name starts.
    if (isEnterprise) start += /^.*(?:来到|走进|前往)/.exec(s.slice(start, m.index))?.[0].length ?? 0;
    const core = s.slice(start, m.index);
    if (CLAUSE_WORDS.test(core) || NOT_A_NAME.test(core)) continue;
    // "X都市圈副中心" is a city's role in a plan, not a body.
    if (suffix === '中心' && /副$/.test(core)) continue;
    // "周口港中心港区": a 中心 inside a place's name; "X新貌展示中心": a venue that visitors tour.
    if (suffix === '中心' && (/^(?:港区|作业区|片区|园区|城区|港|区)/.test(s.slice(end)) || /(?:展示|展览|会展|博览|体验|展销|游客)$/.test(core))) continue;
    // "召开…首次边界联谊会": a 联谊会 that is held is an event.
    if (suffix === '联谊会' && /(?:召开|举行|举办|首次|次|届)$/.test(s.slice(Math.max(0, start - 4), start))) continue;
    // "市政府驻北京、上海、广东办事处": the owner of offices written before 驻 is no body of the sentence, and
    // an office after a list of places shares a name the finder cannot cut (广东办事处 alone is truncated).
    if (s[end] === '驻' || /驻(?:[\u4e00-\u9fff]{2,4}、)+$/.test(s.slice(Math.max(0, start - 20), start))) continue;
    // "X省重点实验室" ends a lab's longer name: the category is no body.
    if (suffix === '实验室' && /(?:省|市|国家)重点$/.test(core)) continue;
    // A bracket that closes without opening is the tail of a cut name ("天津）船舶制造有限公司").
    if ((core.match(/[）)]/g)?.length ?? 0) > (core.match(/[（(]/g)?.length ?? 0)) continue;
    if (core.length === 0 && !(PLACE_HEAD_CHARS.has(suffix[0]!) || suffix === '政协')) continue;
    if (GENERIC_CORES.has(core) || GENERIC_START.test(core) || QUANTIFIED.test(core)) continue;
    if (!isEnterprise && !NEEDS_HEAD.has(suffix) && core.length < 2) continue;
    if (isEnterprise && core.length < 2) continue;
    // "X市基金" is a kind of fund; a place's 银行 (重庆银行, 北京银行) is the city's commercial bank.
    const placeCore = suffix !== '银行' && findPlaces(core, knownShort).some((h) => h.start === 0 && h.end === core.length);
    if (FUND_SUFFIX.test(suffix) && (core.length > 8 || GENERIC_FUND.test(core) || placeCore)) continue;
    const span = { start, end };
    if (overlaps(span, taken)) continue;
    // Something being built ("共建智能制造创新研究院") is not yet a body that acts.
    if (/(?:共建|筹建|设立|组建|打造|建成|新建|建设|成立)$/.test(s.slice(Math.max(0, start - 2), start))) continue;
    cands.push({ type: isEnterprise ? 'Enterprise' : 'Organization', surface: s.slice(start, end), start, end, sentence, via: 'suffix' });
  }
  // Keep the longest: "工信部信息技术发展司" over "工信部" when one grows out of the other; one per span.
  return cands.filter(
    (c, i) => !cands.some((d, j) => d !== c && d.start <= c.start && c.end <= d.end && (d.end - d.start > c.end - c.start || j < i)),
  );
}
/** Words of a clause, never of a body's name ("发展情况", "有关负责同志", "历届", "来到"). */
const CLAUSE_WORDS = /情况|同志|负责人|有关|相关|历届|各级|来到|前往|之后|以来|第一站|正文|作为|贯彻|落实|增补|符合|还和/;
/** Leftovers of a cut phrase: a measure word without its number (家合资公司), a size or kind (大型公司, 独资公司). */
const NOT_A_NAME = /^[家个所位批类]|[型性]$|独资$|合资$/;
/** Where a clause or a second name ends inside a phrase before a body suffix. */
const CLAUSE_BREAK = /(?:和|与|及|的|在|到|来到|前往|情况|同志|正文|欢迎|感谢|会见|会晤|接见|拜会|看望|慰问|邀请)$/;
const NAME_BREAK = new RegExp(`(?:${[...BODY_SUFFIXES, ...ENTERPRISE_SUFFIXES].join('|')})$`);

/**
 * A body's name starts after the last clause word or complete name before it that is followed by a head:
 * "X发展情况和Y区政协" is Y区政协, "山西大学晋源区人民政府" (two parties run together) is 晋源区人民政府,
 * "北京市委市人民政府" is 市人民政府 (not for enterprises, which nest their parent's name). A conjunction
 * inside a name with no head after it stays
 * ("乡村振兴和协作交流局").
 */
function clauseTail(s: string, start: number, suffixAt: number, cuts: Boundaries, knownShort: Set<string>, enterprise: boolean): number {
  for (let p = suffixAt - 1; p > start; p--) {
    const before = s.slice(start, p);
    // An enterprise's name may carry its parent's ("X钢铁集团Y钢铁有限公司" is one subsidiary).
    if (!cuts.has(p) || !(CLAUSE_BREAK.test(before) || (!enterprise && NAME_BREAK.test(before)))) continue;
    // "X还和Y公司", "X也与Y集团签约": an adverb before the conjunction says a clause ends there, head or not.
    if (hasHead(s.slice(p, suffixAt + 4), cuts, p, knownShort) || /[还也并又再][和与同跟]$/.test(before)) return p;
  }
  return start;
}

const NON_BODY_WORDS = /(?:常委|立委|开新局|全局|破局|出局|定局|棋局|时局|签署|部署|上司|餐厅|客厅|展厅|舞厅|门厅|大厅|干部|全部|内部|外部|局部|东部|西部|南部|北部|中部|总部|俱乐部|董事局|书局|格局|布局|结局|大局|当局|开局|变局|胜局|残局|饭局|赌局|办案|创办|举办|主办|承办|兴办|督办|交办|包办|开办|协办|筹办|申办|代办|帮办|领办|联办|试办|合办|委托|主委)$/;
const FUND_SUFFIX = /^(?:资本|基金|银行|证券|保险|信托|创投|控股)$/;
const GENERIC_FUND = /社会|产业|更多|国有|民间|政府|引导|母|子|\+|\d|亿|万|千|可|撬动|预计|等|各类|金融|风险|创业|天使|股权|私募|公募|投资|外资|内资|工商|商业|政策|开发|农村|城市|乡村/;

/** Where the Latin word that ends before `end` starts. */
function latinWordStart(s: string, end: number): number {
  let at = end;
  while (at > 0 && /[A-Za-z0-9&.\-]/.test(s[at - 1]!)) at--;
  return at;
}

/** Drops words that cannot begin a name ("下一步中山大学" → "中山大学"). */
function trimLeadingFunctionWords(s: string, from: number, to: number): number {
  let at = from;
  for (const { word, tag } of tagWords(s.slice(from, to))) {
    // A one-character "verb" is as often the first character of a name (润芯半导体 → 润/v).
    // "中新建X集团", "中铁X局": 中 opens many firms' names.
    if (word === '中' || (!/^(?:m|t|d|r|u|f|vd|ad|l|y|e|o|z)$/.test(tag) && !((tag === 'v' || tag === 'c' || tag === 'p') && word.length >= 2))) break;
    at += word.length;
  }
  return at;
}
// "第八批援藏工作队" is an ordinal in a name, not a count.
const QUANTIFIED = /(?<![第\d一二三四五六七八九十])[一二三四五六七八九十两几数\d]+[级个家所类批]/;
const SUFFIX_END = new RegExp(`(?:${[...BODY_SUFFIXES, ...ENTERPRISE_SUFFIXES].join('|')})$`);
// After a one-character suffix the next word must plausibly follow a name ("局有关负责人", "部对…").
const SUFFIX_AFTER = /^(?:有关|负责|领导|党组|主要|等|和|与|及|的|在|对|向|为|将|于|是|联合|共同|组织|主办|承办|发布|召开|举办|牵头|印发|出台|已|也|还|正|一行|相关|工作人员|干部|全体|班子|成员|签订|签署|签约|达成|开展|携手|合作|提供|负责|围绕|结合|通过|按照|根据|立足|先后|分别|积极|持续|不断|全力|大力|坚持|制定|推出|启动|部署|深入|加强|推进|举行|会同|牵头|党委|党组|代表|领导|干部|主任|局长|部长|书记)/;


/** The body part of each titled person's post ("区委" of 区委书记), when it is a body by the same tests. */
export function findTitleBodies(s: string, sentence: number, people: Mention[], bodies: Mention[], heads: Set<string>, cuts: Boundaries): Mention[] {
  const titleBodies: Mention[] = [];
  for (const p of people) for (const [i, t] of (p.titles ?? []).entries()) {
    const org = subUnitParent(t.org);
    if (!org) continue;
    const at = s.lastIndexOf(t.title, p.start);
    if (at < 0) continue;
    // The longest suffix decides the kind: "…科技有限公司" is an enterprise, not a "司" of a ministry.
    const suffix = [...BODY_SUFFIXES, ...ENTERPRISE_SUFFIXES].filter((x) => org.endsWith(x)).sort((x, y) => y.length - x.length)[0];
    if (!suffix || org === suffix) continue;
    if (GENERIC_START.test(org)) continue;
    // The same test as for bodies written alone: a government body needs a place or national head.
    if (NEEDS_HEAD.has(suffix) && !hasHead(org, cuts, at, heads)) continue;
    const type = ENTERPRISE.has(suffix) ? 'Enterprise' : 'Organization';
    // "珠海市委副书记、市政府党组书记": the bare 市政府 is the 珠海市's (people.ts ownTitlePlaces).
    const owned = t.owner ? { canonical: t.owner + org.slice(1) } : {};
    // "X市人大常委会党组成员、副主任", "…副主任、党组成员": the 党组 is the body's, and the chain's posts are held in
    // the body (stages/resolve-local.ts).
    const group = namesPartyGroup(p.titles!, i) ? { partyGroup: true } : {};
    if (!bodies.some((b) => b.start === at && b.end === at + org.length)) titleBodies.push({ type, surface: org, ...owned, ...group, start: at, end: at + org.length, sentence, via: 'suffix', fromTitle: true });
  }
  return titleBodies;
}

/** Does the body of title i have its 党组 in the chain: its own post, or a bare post before the next body? */
function namesPartyGroup(titles: Title[], i: number): boolean {
  if (/^党组/.test(titles[i]!.post)) return true;
  for (const t of titles.slice(i + 1)) {
    if (t.org) return false;
    if (/^党组/.test(t.post)) return true;
  }
  return false;
}

/** "市委组织部组织四处" → "市委组织部": a 处/科/室 folds into its body (the post's title keeps it). */
export function subUnitParent(org: string): string {
  // "办公室" is a body of its own, not a 室 of one.
  if (!SUB_UNIT.test(org) || BODY_SUFFIXES.some((x) => x.length >= 2 && org.endsWith(x) && org.length > x.length)) return org;
  for (let i = org.length - 1; i >= 2; i--) {
    const head = org.slice(0, i);
    if (BODY_SUFFIXES.some((x) => x.length > 0 && head.endsWith(x)) && !/[处科室]$/.test(head)) return head;
  }
  return '';
}


/**
 * Places listed before one body name share it: "昭阳区、镇雄县、彝良县人民政府" names each county's 人民政府.
 * Each shared body is a mention over its place's span.
 */
export function distributedBodies(s: string, sentence: number, bodies: Mention[], knownShort: Set<string>): Mention[] {
  const out: Mention[] = [];
  for (const b of bodies) {
    const head = findPlaces(b.surface, knownShort)[0];
    const rest = head && head.start === 0 ? b.surface.slice(head.end) : '';
    // The body's own place is written in full as the listed ones are ("X市、Y大学" is no 大学 of X市).
    if (!rest || !head || head.short || !/[区县市旗]$/.test(head.canonical)) continue;
    for (let at = b.start; s[at - 1] === '、'; ) {
      const from = Math.max(0, at - 13);
      const prev = findPlaces(s.slice(from, at - 1), knownShort).pop();
      if (!prev || from + prev.end !== at - 1 || !/[区县市旗]$/.test(prev.canonical)) break;
      out.push({ type: b.type, surface: prev.canonical + rest, start: from + prev.start, end: at - 1, sentence, via: 'suffix' });
      at = from + prev.start;
    }
  }
  return out;
}
