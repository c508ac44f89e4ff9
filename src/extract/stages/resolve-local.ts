// Stage: within-document resolution. Each mention gets its entity key: bodies written bare ("区政协",
// "市委组织部") take the article's own place, a party group stands for its body, a defined short name
// for what it names; districts written inside a body's name are the body's, not the article's entities.
import { type ArticleStage, bySentence, type Home, keyOf, type ResolvedMention, splitKey } from '../document.ts';
import type { Mention } from '../finders/mention.ts';
import { autonomousShort, places, POSTS } from '../lexicon.ts';
import { SIGN } from '../relations/text.ts';
import { tagWords } from '../segmenter.ts';

export const resolveWithinDocument: ArticleStage = (a, doc) => {
  const { mentions, home } = a;
  const resolved: ResolvedMention[] = [];
  const shortOwner = new Map<string, string>();
  for (const m of mentions) {
    // "信息来源：市政府办公室": the page's source line credits a publisher, no body the article is about.
    if (m.type !== 'Person' && SOURCE_LINE.test(a.sentences[m.sentence]?.text ?? '')) continue;
    const name = canonicalName(m, home, doc.localPlaces);
    // "市委" (or "区法院" read as 区人民法院) with no place to name it would merge every city's into one: leave it out.
    if ((m.type === 'Organization' || m.type === 'Enterprise') && ADMIN_HEAD[name[0]!] && !places().full.has(name.slice(0, 2)) && !places().full.has(name.slice(0, 3))) continue;
    // A defined short name ("以下简称“区工商联”") names its owner, however a finder came to it.
    const owner = subsidiaryOwner(m, resolved);
    const key = (m.via === 'known' || m.type !== 'Person') && shortOwner.has(m.surface) ? shortOwner.get(m.surface)! : keyOf(m.type, owner ? owner + name : name);
    if (m.shortName) shortOwner.set(m.shortName, key);
    resolved.push({ ...m, key });
  }
  const sameBody = longerNames(resolved);
  for (const m of resolved) m.key = sameBody.get(m.key) ?? m.key;
  // Districts written inside a body's name belong to the body (PART_OF), not to the article's entities.
  const bodiesIn = bySentence(resolved.filter((m) => m.type === 'Organization' || m.type === 'Enterprise'));
  const inside = (m: ResolvedMention) => bodiesIn(m.sentence).some((b) => b.start <= m.start && m.end <= b.end && b !== m);
  // A place's leading body named only inside post titles (区委 of 区委书记, 区政协 of 区政协主席) or in the
  // set phrases of a speech (代表市委、市政府表示感谢, 在县委县政府的坚强领导下) is how the paper writes a post
  // or a courtesy, not a body the article is about: the post is held in its place instead (relations/positions.ts).
  const sentences = bySentence(resolved);
  const acts = new Set(resolved.filter((m) => !m.fromTitle && !namesPost(m, a.sentences[m.sentence]?.text ?? '') && !courtesy(m, a.sentences[m.sentence]?.text ?? '', sentences(m.sentence))).map((m) => m.key));
  // 人大常委会 and 政协 named only in titles go too, at every level: a county's (区人大常委会副主任X) lists
  // officials present, a city's or province's introduces visitors; the real gold never lists one from a title alone
  // (tuning: 10 extras in 7 articles, n and s papers, 0 true). Kept when the title names the body's 党组
  // ("X市人大常委会党组成员、副主任"), the body as it is written alone ("X市人大常委会党组").
  const titleOnly = (m: ResolvedMention) => m.fromTitle === true && (/(?:委|政府)(?:办公室|办公厅|办)?$/.test(splitKey(m.key)[1]) || (congress(splitKey(m.key)[1]) && !m.partyGroup));
  // A city's or province's department named only in titles (省科技厅副厅长X, 市委编办主任Y) introduces an official
  // from elsewhere, as those 人大常委会 and 政协 do: counted in the tuning sets (7 in 5 articles, n and s papers),
  // the gold never has one as an entity (several optional, none listed). One whose head signs in that sentence
  // (商务厅厅长X…签署) is a party to the signing (relations/signing.ts), and one whose official comes to guide
  // (市委组织部X处长一行到会指导) attends through them, as the seeds have it: no visitor's employer.
  const acting = (s: string) => SIGN.test(s) || /(?:到会|莅临|现场)指导/.test(s);
  const signs = new Set(resolved.filter((m) => m.fromTitle && acting(a.sentences[m.sentence]?.text ?? '')).map((m) => m.key));
  // Its 党组 named (X局党组书记) or its place taken from the chain (天津市人大常委会副主任、市政府X办主任) keep it, as above.
  const department = (m: ResolvedMention) => m.fromTitle === true && !m.partyGroup && !m.canonical && !signs.has(m.key) && aboveCountyDepartment(splitKey(m.key)[1]);
  const passive = (m: ResolvedMention) => !acts.has(m.key) && ((isLeadingBody(splitKey(m.key)[1].replace(/^中共/, '')) && (!m.fromTitle || titleOnly(m))) || department(m));
  return { resolved, visible: resolved.filter((m) => !(m.type === 'District' && inside(m)) && !passive(m)) };
};

/**
 * "X集团…，特别是城轨公司搬迁": a subsidiary named by a common noun and its kind alone (城轨公司, 项目公司) is
 * the one of the enterprise named before it in its sentence; alone the name is nobody's.
 */
function subsidiaryOwner(m: Mention, before: ResolvedMention[]): string | null {
  if (m.type !== 'Enterprise' || !/^[\u4e00-\u9fff]{2}公司$/.test(m.surface)) return null;
  const words = tagWords(m.surface);
  if (words.length !== 2 || words[0]!.tag !== 'n') return null;
  const owner = before.filter((o) => o.type === 'Enterprise' && o.sentence === m.sentence && o.end <= m.start).pop();
  return owner ? splitKey(owner.key)[1] : null;
}

/** A place's 人大(常委会) or 政协 (汉中市政协, 河南省人大常委会, 某县人大常委会). */
function congress(name: string): boolean {
  const m = /^(.+?)(?:人大常委会|人大|政协)$/.exec(name);
  return m !== null && places().full.has(m[1]!);
}

/** A city's or province's department (湖北省委宣传部, 甘肃省科技厅, 丽水市台办), not its leading body itself. */
function aboveCountyDepartment(name: string): boolean {
  if (!/(?:厅|局|办|部|委)$/.test(name) || isLeadingBody(name)) return false;
  for (let n = Math.min(name.length - 2, 8); n >= 2; n--) {
    const rows = places().full.get(name.slice(0, n));
    if (rows) return rows.every((p) => p.level === 'city' || p.level === 'province');
  }
  return false;
}

/**
 * "市委常委，市政府有关副市长，市政府秘书长等出席", "以区委书记为团长", "市政府一级巡视员X": a leading body
 * written before a post is the post's, whether or not a name follows (the finders read a title only before one).
 */
// Not "区委常委会（扩大）会议召开": the committee's standing committee meets as the body.
const POST_AFTER = new RegExp(`^(?:有关|分管|[一二三四]级)?(?:${[...POSTS].sort((x, y) => y.length - x.length).join('|')})(?!会)`);
function namesPost(m: ResolvedMention, s: string): boolean {
  return m.type === 'Organization' && isLeadingBody(splitKey(m.key)[1].replace(/^中共/, '')) && POST_AFTER.test(s.slice(m.end));
}

const SOURCE_LINE = /^\s*(?:信息|文章|稿件|新闻)?来源\s*[:：]/;

/** A place's (or a university's) leading bodies: its party committee, 人大, 政协 and government, and their general offices. */
export function isLeadingBody(name: string): boolean {
  // "X县政府办公室": 政府 inside a longer name stays as written (canonicalName).
  const m = /^(.+?)(?:党工委|党委|委|人大常委会|人大|政协|人民政府|政府)(?:办公室|办公厅|办)?$/.exec(name);
  return m !== null && (places().full.has(m[1]!) || /^[区县市省州旗]$|(?:大学|学院)$/.test(m[1]!));
}

/**
 * Is this mention of a leading body part of a set phrase rather than an act of the body: a speaker greeting
 * or thanking on its behalf (代表区委、区政府向…表示祝贺), its leadership or plans (在市委市政府的坚强领导下,
 * 贯彻落实省委、省政府…部署, 围绕市委市政府中心工作) or a promise (县委、县政府将…)? The bodies listed
 * together with it (、 和 及 or nothing between) share the phrase.
 */
const BARE_LEADING = '[区县市省州旗](?:党委|委|人大常委会|人大|政协|人民政府|政府)';
const BARE_BEFORE = new RegExp(`${BARE_LEADING}[、和与及]?$`);
const BARE_AFTER = new RegExp(`^[、和与及]?${BARE_LEADING}`);

function courtesy(m: ResolvedMention, s: string, inSentence: ResolvedMention[]): boolean {
  // "中共X市委" is the X市委 written with its party's name.
  const leading = (o: ResolvedMention) => o.type === 'Organization' && isLeadingBody(splitKey(o.key)[1].replace(/^中共/, ''));
  if (!leading(m)) return false;
  let [start, end] = [m.start, m.end];
  const bodies = inSentence.filter(leading).sort((x, y) => x.start - y.start);
  for (const o of bodies) if (o.start >= end && /^[、和与及]?$/.test(s.slice(end, o.start))) end = o.end;
  for (const o of [...bodies].reverse()) if (o.end <= start && /^[、和与及]?$/.test(s.slice(o.end, start))) start = o.start;
  // A bare 市委 of no known city is no mention (it would merge every city's), but still shares the phrase.
  for (let m2 = BARE_BEFORE.exec(s.slice(0, start)); m2; m2 = BARE_BEFORE.exec(s.slice(0, start))) start = m2.index;
  for (let m2 = BARE_AFTER.exec(s.slice(end)); m2; m2 = BARE_AFTER.exec(s.slice(end))) end += m2[0].length;
  const before = s.slice(Math.max(0, start - 6), start);
  const clause = s.slice(end).split(/[，。；！？,;]/)[0] ?? '';
  // The thanks may come after a comma ("代表市委、市政府向出席仪式的各位嘉宾，表示热烈欢迎"); the bodies
  // thanked are set phrase too ("向X区委区政府长期以来的关心支持表示感谢", "对X县委、县政府…表示感谢").
  const rest = s.slice(end).split(/[。；！？;]/)[0] ?? '';
  if (/代表$/.test(before) && /感谢|谢意|欢迎|祝贺|问候|敬意|慰问|致辞|致以/.test(rest)) return true;
  if (/[向对]$/.test(before) && /(?:表示|致以)[^，。]{0,6}(?:感谢|谢意|敬意|问候)|感谢/.test(rest)) return true;
  // A leading pair as the subject of policy talk: "X委、X政府主要领导高度重视", "是省委、省政府推进…的部署",
  // "近几年X县委、县政府围绕…", "X委、X政府作出了…决定", "…是省委、省政府交给我市的任务".
  if (end - start > m.end - m.start && /^(?:主要领导|领导)?(?:高度重视|十分重视|非常重视|作出|做出|交给|围绕|推进|历来)/.test(clause)) return true;
  if (end - start > m.end - m.start && /(?:是|历届|近[几两]年)$/.test(before)) return true;
  if (/在$/.test(before) && /^(?:和[^的]{0,8})?的(?:坚强|正确|统筹|大力|亲切)?(?:领导|指挥|关心|支持|部署|决策|关怀|重视)/.test(clause)) return true;
  if (/(?:贯彻|落实|围绕|按照|根据|遵照)$/.test(before)) return true;
  return /^(?:将|会(?![议见谈晤同上场务])|一直|始终|高度重视)/.test(clause);
}

/** The level a bare body's first character names: 区委 → the district, 市委 → the city, 省委 → the province. */
export const ADMIN_HEAD: Record<string, keyof Home> = { 区: 'district', 县: 'district', 旗: 'district', 市: 'city', 州: 'city', 省: 'province' };

export function canonicalName(m: Mention, home: Home, localPlaces: Map<string, string>): string {
  if (m.type === 'District') return m.canonical ?? m.surface;
  // "李　明", padded for alignment, is 李明.
  if (m.type === 'Person') return m.surface.replace(/[ \u3000]/g, '');
  // A body's party group or committee stands for the body ("龙岗区政协党组" → 龙岗区政协).
  // "区十九届人大常委会" is the 区人大常委会: a term or session number is not part of a body's name;
  // "市政府" is the 市人民政府 (区法院 the 区人民法院), "人民代表大会常务委员会" the 人大常委会.
  // A title's bare body already given its chain's place ("珠海市委副书记、市政府…": finders/bodies.ts) keeps it.
  const written = m.canonical ?? m.surface;
  let s = (/(?:政协|政府|人大|局|委员会|院|厅|办|中心)(?:党组|党委)$/.test(written) ? written.replace(/(?:党组|党委)$/, '') : written)
    .replace(/(?<=[区县市省州旗镇乡])第?[一二三四五六七八九十百\d]+届(?=人大|政协|人民代表大会|委员会|党委|区委|县委|市委|纪委)/, '')
    .replace(/人民代表大会常务委员会$/, '人大常委会')
    // "中国共产党X县第十三届委员会", its formal name at a plenary, is the X县委 the article names short.
    .replace(/^(?:中国共产党|中共)(.+?[区县市旗州省])委员会$/, '$1委')
    // "区人大" named as a body is its standing committee: between sessions only the 人大常委会 acts.
    .replace(/(?<=[区县市省州旗])人大$/, '人大常委会')
    // "巴中市市委" is the 巴中市委: the level written twice.
    .replace(/(?<=^[\u4e00-\u9fff]{2,})([市县区州旗])\1(?=委|政府|人民政府|人大|政协)/, '$1')
    .replace(/(?<=[区县市省州旗镇乡])政府$/, '人民政府')
    .replace(/(?<=[区县市省州旗])(法院|检察院)$/, '人民$1');
  // "新区管委会" → "两江新区管委会": the file's one 新区.
  if (s.startsWith('新区') && localPlaces.get('新区')) s = localPlaces.get('新区')! + s.slice(2);
  else if (s.startsWith('高新区') && localPlaces.get('高新区')) s = localPlaces.get('高新区')! + s.slice(3);
  // "区政协" → "龙岗区政协", "市委组织部" → "深圳市委组织部": a bare level is the article's own.
  const level = ADMIN_HEAD[s[0]!];
  // In a county-level city (靖西市) the bare 市 is that city, not the prefecture above it.
  const homeName = level === 'city' && s[0] === '市' && home.district?.endsWith('市') ? home.district : level ? home[level] : null;
  if (level && homeName && homeName.endsWith(s[0]!) && !places().full.has(s.slice(0, 3)) && !places().full.has(s.slice(0, 2))) s = homeName + s.slice(1);
  // "深圳市龙岗区商务局" → "龙岗区商务局": the city above an area adds nothing to the body's name.
  const idx = places();
  // "湖北荆门市委" → "荆门市委": a province's short name before its city adds nothing either.
  for (let len = 2; len <= 8 && len < s.length; len++) {
    const written = s.slice(0, len);
    const rest = s.slice(len);
    const short = idx.short.get(written);
    const city = idx.full.has(written) ? written : short && idx.full.get(short)?.some((p) => p.level === 'province') ? short : written;
    const cityRows = idx.full.get(city);
    if (!cityRows?.some((p) => p.level === 'city' || p.level === 'province')) continue;
    for (let l2 = 2; l2 <= 8 && l2 < rest.length; l2++) {
      const area = idx.full.get(rest.slice(0, l2));
      if (area?.some((a) => a.city === city || a.province === city)) return rest;
    }
  }
  return s;
}


/**
 * Bodies an article names twice, short and long: "X人大" and "X人大常委会", "X集团" and "X（集团）…有限公司",
 * "Y市议会" and "某国某道Y市议会". The short key maps to the long one.
 */
function longerNames(resolved: ResolvedMention[]): Map<string, string> {
  const keys = [...new Set(resolved.filter((m) => m.type === 'Organization' || m.type === 'Enterprise').map((m) => m.key))];
  const out = new Map<string, string>();
  for (const short of keys) {
    const [type, a] = splitKey(short);
    const long = keys.find((k) => {
      const [t, b] = splitKey(k);
      if (t === type && samePartyBody(a, b)) return true;
      if (t !== type || b.length <= a.length) return false;
      return (
        (a.endsWith('人大') && b === `${a}常委会`) ||
        (/(?:集团|公司)$/.test(a) && b.replace(/[（()）]/g, '').startsWith(a)) ||
        (a.length >= 4 && b.endsWith(a) && /[国省道州]$/.test(b.slice(0, -a.length))) ||
        sameWithFullHead(a, b)
      );
    });
    if (long) out.set(short, long);
  }
  return out;
}

/**
 * "中共X市委" written once in full and "市委" (made X市委) elsewhere: one committee, the party's name before it
 * or not; "州委统战部" made "Y布依族苗族自治州委统战部" is "中共Y州委统战部" with the prefecture's short name.
 */
function samePartyBody(bare: string, written: string): boolean {
  if (!written.startsWith('中共') || bare.startsWith('中共')) return false;
  const rest = written.slice(2);
  if (rest === bare) return true;
  const m = /^(.+?自治[州县旗])(.+)$/.exec(bare);
  return m !== null && autonomousShort(m[1]!) + m[2]! === rest;
}

/** "重庆X联谊会" and "重庆市X联谊会": one body, its head place written short and in full. */
function sameWithFullHead(shortName: string, longName: string): boolean {
  // "民建重庆X联谊会" and "民建重庆市X联谊会": the same behind a party's name.
  const party = /^(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)/.exec(shortName)?.[0] ?? '';
  if (!longName.startsWith(party)) return false;
  const [short, long] = [shortName.slice(party.length), longName.slice(party.length)];
  for (const n of [2, 3]) {
    const full = places().short.get(short.slice(0, n));
    if (full && long === full + short.slice(n) && places().full.get(full)?.some((p) => p.level !== 'street')) return true;
  }
  return false;
}
