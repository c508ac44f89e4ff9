// How Chinese news writes a person's name: a Han surname and one or two given characters ending at a
// boundary, a name without a Han surname told by its position, and transliterated names joined by "·".
import { AFTER_NAME, compoundSurnames, MINORITY_NAME_SYLLABLES, NOT_IN_NAME, NOT_NAME_FINAL, NOT_NAME_START, PEOPLE_INTRODUCERS, places, POSTS, surnameRank } from '../lexicon.ts';
import { tagWords } from '../segmenter.ts';
import { type Boundaries, isHan, LazyBoundaries, leftStops, PUNCT } from './mention.ts';
import { findPlaces } from './places.ts';

const afterNameWords = [...AFTER_NAME].sort((a, b) => b.length - a.length);

/** Does the text at `i` end a name: punctuation, end, or the start of a word that follows names? */
export function nameBoundaryAt(s: string, i: number): boolean {
  if (i >= s.length) return true;
  const c = s[i]!;
  if (PUNCT.test(c) || /[0-9A-Za-z]/.test(c)) return true;
  return afterNameWords.some((w) => s.startsWith(w, i));
}

export function validGiven(given: string): boolean {
  for (const ch of given) if (!isHan(ch) || NOT_IN_NAME.has(ch)) return false;
  return true;
}

/** Verbs and particles of two or more characters that follow a name: a boundary nothing else explains away. */
export const STRONG_AFTER = afterNameWords.filter((w) => w.length >= 2);
/** Characters of institutions and grammar: never inside a name, whatever follows. */
const NEVER_IN_NAME = new Set([...'的了是和与等区市县省委局部处厅议员记者报讯届个位名第着过这那各该本我你他她们']);
/** Pronouns and determiners that start a clause's subject, never a name. */
const NOT_NAME_HEAD = new Set([...'他她我你们该此这那本各双会对据经另每某全有无多之随应实']);

/** Is the text at `i` a boundary after a name: punctuation, the end, 、, or a verb of two or more characters? */
export function strongBoundaryAt(s: string, i: number): boolean {
  if (i >= s.length) return true;
  if (PUNCT.test(s[i]!)) return true;
  return STRONG_AFTER.some((w) => s.startsWith(w, i)) || s[i] === '等';
}

/**
 * A name without a Han surname, read from its position (after a post, in a list, before 表示): Mongolian
 * (巴特尔, 乌兰图雅), Tibetan (扎西顿珠) or Uyghur names of two to five characters. The segmenter must not
 * know the characters as ordinary words ("会上", "双方", "负责人").
 */
export function parsePositionalName(s: string, i: number, cuts: Boundaries = new LazyBoundaries(s)): number {
  // Made of name syllables only (那顺巴雅尔), a name may start with what elsewhere is a pronoun.
  for (const len of [6, 5, 4, 3]) if (i + len <= s.length && strongBoundaryAt(s, i + len) && minoritySyllables(s.slice(i, i + len))) return len;
  if (NOT_NAME_HEAD.has(s[i] ?? '')) return 0;
  // A name starts a word: "团来" in "代表团来访" does not.
  if (i > 0 && isHan(s[i - 1]) && !cuts.has(i)) return 0;
  for (const len of [5, 4, 3, 2]) {
    if (i + len > s.length) continue;
    const name = s.slice(i, i + len);
    // 和 joins two names, but inside a Mongolian name it is a syllable (苏和巴特尔).
    if (![...name].every((c, k) => isHan(c) && (!NEVER_IN_NAME.has(c) || (c === '和' && k > 0 && k < len - 1)))) continue;
    if (!strongBoundaryAt(s, i + len)) continue;
    if (countAfter(s, i + len)) continue;
    if (ordinaryWords(name) && !minoritySyllables(name)) continue;
    return len;
  }
  return 0;
}

/** Is the text made of minority-name syllables only, two or more and led by one of two characters or more? */
export function minoritySyllables(text: string): boolean {
  const parts = (at: number): number => {
    if (at === text.length) return 0;
    for (const len of [3, 2, 1]) {
      if (!MINORITY_NAME_SYLLABLES.has(text.slice(at, at + len))) continue;
      const rest = parts(at + len);
      if (rest >= 0) return rest + 1;
    }
    return -1;
  };
  return text.length >= 3 && [3, 2].some((len) => MINORITY_NAME_SYLLABLES.has(text.slice(0, len))) && parts(0) >= 2;
}

/**
 * A minority name led by a known syllable whose later syllables the list lacks (宝音达木林, 孟和满达, 阿拉坦仓),
 * read where a name must stand (right after a post): three to six characters from a syllable of two or more
 * to a boundary or a verb that follows names (阿拉坦仓作报告). Places (乌兰察布市, 呼和浩特) are not names.
 */
export function minorityLedName(s: string, i: number): number {
  if (![3, 2].some((n) => MINORITY_NAME_SYLLABLES.has(s.slice(i, i + n)))) return 0;
  // The shortest reading that reaches a boundary: a verb after the name is no part of it (孟和满达|出席).
  for (const len of [3, 4, 5, 6]) {
    const name = s.slice(i, i + len);
    // 和 inside is a syllable (孟和满达), as in parsePositionalName.
    if (name.length < len || ![...name].every((c, k) => isHan(c) && (!NEVER_IN_NAME.has(c) || (c === '和' && k > 0 && k < len - 1)))) continue;
    if (!(strongBoundaryAt(s, i + len) || verbAfterName(s, i + len)) || countAfter(s, i + len)) continue;
    // Places (乌兰察布市) and brands the segmenter knows (阿里巴巴) are no names.
    if (findPlaces(name, new Set()).length || tagWords(name).some((w) => /^(?:nz|nt|j|ns)$/.test(w.tag))) return 0;
    return len;
  }
  return 0;
}

/** "委员应到128名": a count follows a verb, never a name. */
export function countAfter(s: string, at: number): boolean {
  return /^[\d一二三四五六七八九十百千]+[名人个位项家]/.test(s.slice(at, at + 6));
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
  // Uyghur first parts run to six characters (阿不都热合曼).
  while (start > 0 && dot - start < 6 && isHan(s[start - 1]) && !endsWithMarker(s, start)) start--;
  if (start > 0 && isHan(s[start - 1]) && !endsWithMarker(s, start)) start = Math.max(start, dot - 2);
  let end = dot + 1;
  for (;;) {
    // "买买提出席": 提 ends the name when a verb (出席) starts right after it, though 提出 is a word too.
    while (end < s.length && isHan(s[end]) && end - dot < 12 && !(end > dot + 1 && nameBoundaryAt(s, end) && !STRONG_AFTER.some((w) => s.startsWith(w, end + 1)))) end++;
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
  // "博鳌·金湾项目": a project, firm or site named with the dot is no person.
  if (/(?:项目|工程|公司|集团|基地|园区?|中心|广场|小镇|大道)$/.test(name)) return null;
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

/**
 * A verb or conjunction that follows a name and fixes where it ends: a word of two or more characters
 * (表示, 以及), 率 before the group or place led ("X率区党政代表团", "X率襄阳市考察团"), or 作 before what
 * was delivered ("X作主题推介", "X作工作报告").
 */
export function verbAfterName(s: string, at: number): boolean {
  if (STRONG_AFTER.some((w) => s.startsWith(w, at))) return true;
  if (s[at] === '率') {
    const led = s.slice(at + 1, at + 20);
    return /^[队团领区县市省州旗第]/.test(led) || findPlaces(led, new Set())[0]?.start === 0 || /^[^，。；、]{0,16}?(?:代表团|考察团|调研组|工作组|访问团|一行)/.test(led);
  }
  return /^作了?[\u4e00-\u9fff]{0,4}?(?:讲话|报告|发言|推介|介绍|说明|致辞|动员|部署|总结|点评|交流)/.test(s.slice(at, at + 12));
}

/** Parses a Chinese personal name at `i`; returns its length or 0. */
export function parseName(s: string, i: number, strict = false, cuts?: Boundaries): number {
  const two = s.slice(i, i + 2);
  const surnameLen = compoundSurnames.has(two) ? 2 : surnameRank.has(s[i] ?? '') ? 1 : 0;
  if (surnameLen === 0 || NOT_NAME_START.has(two)) return 0;
  // A verb that follows names ("崔光日介绍") fixes the boundary, even after a character rare in names.
  for (const len of [surnameLen + 2, surnameLen + 1]) {
    const given = s.slice(i + surnameLen, i + len);
    // "孙伟就合作…": a last character that starts a function word (就, 在, 对) is no part of the name.
    if (len === surnameLen + 2 && NOT_NAME_FINAL.has(given[1] ?? '') && nameBoundaryAt(s, i + len - 1)) continue;
    if (given.length === len - surnameLen && [...given].every((c) => isHan(c) && !NEVER_IN_NAME.has(c)) && verbAfterName(s, i + len)) {
      // "王五表示" is 王五, not 王五表: only the longer reading that ends right before the verb counts.
      if (len === surnameLen + 2 || !verbAfterName(s, i + len - 1)) return len;
    }
  }
  const lengths = [surnameLen + 2, surnameLen + 1];
  for (const len of lengths) {
    if (i + len > s.length) continue;
    const given = s.slice(i + surnameLen, i + len);
    if (!validGiven(given)) continue;
    if (len === surnameLen + 2 && NOT_NAME_FINAL.has(given[1]!) && nameBoundaryAt(s, i + len - 1)) continue;
    if (nameBoundaryAt(s, i + len) && !countAfter(s, i + len)) return len;
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

