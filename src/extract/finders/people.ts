// People: a post then a name (区委副书记、区长王策飞), lists after 领导/嘉宾, honorifics after a name
// (富笔博士), 、-lists of bare names before 等/出席, speakers at a clause's head, and "·" names.
import { compoundSurnames, HONORIFIC_ONLY, NOT_NAME_FINAL, NOT_NAME_START, PEOPLE_INTRODUCERS, POSTS, surnameRank } from '../lexicon.ts';
import { tagWords } from '../segmenter.ts';
import { type Boundaries, leftEdge, type Mention, overlaps, type Span, type Title } from './mention.ts';
import { findPlaces } from './places.ts';
import { countAfter, dotName, minorityLedName, minoritySyllables, parseName, parsePositionalName, strongBoundaryAt, validGiven, verbAfterName } from './names.ts';

const POST_RE = new RegExp(`(?:${[...POSTS].sort((a, b) => b.length - a.length).join('|')})`, 'g');

/** People with posts: the post (with its body) comes right before the name; titles chain with 、. */
export function findTitledPeople(s: string, sentence: number, cuts: Boundaries): Mention[] {
  const out: Mention[] = [];
  POST_RE.lastIndex = 0;
  for (let m = POST_RE.exec(s); m; m = POST_RE.exec(s)) {
    const post = m[0];
    const nameAt = m.index + post.length;
    if (post === '总书记') continue; // it follows the name it honours
    // A transliterated name with a dot (阿不都热合曼·吐尔逊) is read whole before any surname reading.
    const usual = dotNameAt(s, nameAt) || longerReading(s, nameAt, parseName(s, nameAt, HONORIFIC_ONLY.has(post), cuts), cuts) || otherName(s, nameAt, cuts);
    // After a post a name must stand: a minority name read whole to its boundary beats a reading that stops
    // short of one (阿拉坦|仓作报告) or finds none (宝音达木林); one that ends at a boundary stays (那顺|出席).
    const settled = usual > 0 && (strongBoundaryAt(s, nameAt + usual) || s[nameAt + usual] === '、' || verbAfterName(s, nameAt + usual));
    const read = settled ? usual : Math.max(usual, minorityLedName(s, nameAt));
    const len = countAfter(s, nameAt + read) ? 0 : read;
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
    ownTitlePlaces(titles);
    const start = nameAt;
    out.push({ type: 'Person', surface: s.slice(start, start + len), start, end: start + len, sentence, via: 'post', titles });
    // A 、-list of names right after ("区领导田文学、董金海") shares no post but is people too.
    let at = start + len;
    while (s[at] === '、') {
      const l2 = longerReading(s, at + 1, parseName(s, at + 1, true), cuts) || otherName(s, at + 1, cuts);
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
function otherName(s: string, i: number, cuts: Boundaries): number {
  return dotNameAt(s, i) || spacedNameAt(s, i) || parsePositionalName(s, i, cuts);
}

/**
 * A two-character name padded to three with a space, as papers align names in lists ("县长李　明、王 伟"):
 * a surname, one or two spaces, one given character, then a boundary. The length includes the spaces.
 */
export function spacedNameAt(s: string, i: number): number {
  const m = /^([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])/.exec(s.slice(i, i + 4));
  if (!m || !surnameRank.has(m[1]!) || !validGiven(m[2]!)) return 0;
  const end = i + m[0].length;
  return strongBoundaryAt(s, end) || s[end] === '、' || /^[ \u3000]/.test(s.slice(end)) ? m[0].length : 0;
}

/** The length of a dot name that starts at `i` (its first part at most six characters), or 0. */
function dotNameAt(s: string, i: number): number {
  const dot = s.indexOf('·', i);
  if (dot <= i || dot - i > 6) return 0;
  const span = dotName(s, dot);
  return span && span[0] === i ? span[1] - i : 0;
}

/**
 * A surname reading that stops short of a clear boundary ("乌兰图|雅主持") gives way to a four-character
 * name that reaches one ("乌兰图雅|主持").
 */
function longerReading(s: string, i: number, len: number, cuts: Boundaries): number {
  // "刘关华作介绍": 作 before what was delivered ends the name as a verb does.
  if (len === 0 || len >= 4 || strongBoundaryAt(s, i + len) || s[i + len] === '、' || verbAfterName(s, i + len)) return len;
  const longer = parsePositionalName(s, i, cuts);
  // "李华及张红": the surname reading stops at a conjunction that joins a second name.
  if (/[和及与]/.test(s[i + len] ?? '') && parseName(s, i + len + 1, true) > 0) return len;
  return longer > len ? longer : len;
}

/** Transliterated names with the middle dot, wherever they are (约翰·史密斯教授). */
export function findDotNames(s: string, sentence: number): Mention[] {
  const out: Mention[] = [];
  for (let dot = s.indexOf('·'); dot >= 0; dot = s.indexOf('·', dot + 1)) {
    const span = dotName(s, dot);
    if (!span || out.some((m) => m.end >= span[0])) continue;
    out.push({ type: 'Person', surface: s.slice(span[0], span[1]), start: span[0], end: span[1], sentence, via: 'honorific' });
  }
  return out;
}

/** The speaker or chair at the head of a clause ("，巴特尔表示，", "王小明主持会议", "，夏文勇作产业推介。"), with or without a Han surname. */
export function findSpeakers(s: string, sentence: number, cuts: Boundaries): Mention[] {
  const out: Mention[] = [];
  // Three characters at least, and no word the segmenter knows as a brand or abbreviation: "华为表示", "腾讯介绍" are firms.
  for (const m of s.matchAll(/(?:^|[，。；：！？\s])([\u4e00-\u9fff]{3,4}?)(?=主持|表示|指出|介绍|强调|致辞|讲话|说，|认为|坦言|透露|作[\u4e00-\u9fff]{0,6}?(?:推介|报告|发言|讲话|介绍|说明)[，。；])/g)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (tagWords(m[1]!).some((w) => /^(?:nz|nt|j)$/.test(w.tag))) continue;
    const len = parseName(s, at, true) || parsePositionalName(s, at, cuts);
    if (len !== m[1]!.length) continue;
    out.push({ type: 'Person', surface: m[1]!, start: at, end: at + len, sentence, via: 'list' });
  }
  return out;
}

const INTRO_RE = new RegExp(`(?:${PEOPLE_INTRODUCERS.join('|')})(?:有)?[：:]?`, 'g');

/** Lists of names after 领导/嘉宾/负责同志 …, and 、-lists whose every item is a name. */
export function findListedPeople(s: string, sentence: number, taken: Span[], cuts: Boundaries): Mention[] {
  const out: Mention[] = [];
  INTRO_RE.lastIndex = 0;
  for (let m = INTRO_RE.exec(s); m; m = INTRO_RE.exec(s)) {
    let at = m.index + m[0].length;
    const names: Mention[] = [];
    for (;;) {
      const len = longerReading(s, at, parseName(s, at, true), cuts) || otherName(s, at, cuts);
      if (!len) break;
      names.push({ type: 'Person', surface: s.slice(at, at + len), start: at, end: at + len, sentence, via: 'list' });
      at += len;
      // "县领导孙立和钱文博一同考察": 和/及 joins the last name, which must end at a clear boundary.
      if (/[和及]/.test(s[at] ?? '')) {
        const last = parseName(s, at + 1, true);
        if (last && strongBoundaryAt(s, at + 1 + last)) names.push({ type: 'Person', surface: s.slice(at + 1, at + 1 + last), start: at + 1, end: at + 1 + last, sentence, via: 'list' });
        break;
      }
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
export function findBareNameLists(s: string, sentence: number, taken: Span[]): Mention[] {
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
export function findHonorificPeople(s: string, sentence: number, cuts: Boundaries): Mention[] {
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
    // "巴特尔同志、乌兰图雅同志": a name without a Han surname, made of name syllables, set apart before it.
    if (out.at(-1)?.end === end) continue;
    for (const len of [5, 4, 3]) {
      const start = end - len;
      if (start < 0 || (start > 0 && !/[、，。；：\s]/.test(s[start - 1]!)) || !minoritySyllables(s.slice(start, end))) continue;
      out.push({ type: 'Person', surface: s.slice(start, end), start, end, sentence, via: 'honorific' });
      break;
    }
  }
  return out;
}

const ELECTED_POST = new RegExp(`(?:当选为|当选|被选举为|被任命为|任命为)([^，。；！？]{0,30}?)(常务委员|${[...POSTS].sort((a, b) => b.length - a.length).join('|')})(?=[，。；、！？]|$)`);

/**
 * People elected or appointed: "A、B、C当选为政协X旗第十一届委员会副主席". Every item of the list is a name
 * (with a Han surname or, as Mongolian and Tibetan names are, by its place in the list); they share the post.
 */
export function findElected(s: string, sentence: number): Mention[] {
  const out: Mention[] = [];
  for (const m of s.matchAll(/(?:^|[，。；：！？\s])((?:[\u4e00-\u9fff·]{2,6}、)*[\u4e00-\u9fff·]{2,6}?)(?=当选|被选举为|被任命为|任命为)/g)) {
    const post = ELECTED_POST.exec(s.slice(m.index + m[0].length));
    if (!post) continue;
    const org = post[1]!;
    const titles: Title[] = [{ title: org + post[2]!, org, post: post[2]! }];
    let at = m.index + m[0].length - m[1]!.length;
    const names: Mention[] = [];
    for (const item of m[1]!.split('、')) {
      // Bounded by 、 on both sides, a Mongolian name may end in 和 (巴图孟和), which elsewhere joins two names.
      const readings = [parseName(`${item}，`, 0, true), parsePositionalName(`${item}，`, 0), item.endsWith('和') ? parsePositionalName(`${item.slice(0, -1)}，`, 0) + 1 : 0];
      if (!readings.includes(item.length)) {
        names.length = 0;
        break;
      }
      names.push({ type: 'Person', surface: item, start: at, end: at + item.length, sentence, via: 'post', titles });
      at += item.length + 1;
    }
    out.push(...names);
  }
  return [...out, ...findAppointed(s, sentence)];
}

const APPOINTED = new RegExp(`(?:聘任|聘请|聘|特聘|授予|任命)了?((?:[\u4e00-\u9fff·]{2,6}、)*[\u4e00-\u9fff·]{2,6}?)(?:等[0-9一二三四五六七八九十]+(?:人|位|名)|等)?为([^，。；！？]{0,16}?)(顾问|${[...POSTS].sort((a, b) => b.length - a.length).join('|')})(?=[，。；、！？]|$)`, 'g');

/** People named to a post: "大会聘任了A、B等8人为X县招商大使", "聘请A为经济顾问". Every item of the list is a name. */
function findAppointed(s: string, sentence: number): Mention[] {
  const out: Mention[] = [];
  for (const m of s.matchAll(APPOINTED)) {
    const org = m[2]!;
    const titles: Title[] = [{ title: org + m[3]!, org, post: m[3]! }];
    let at = m.index + m[0].indexOf(m[1]!);
    const names: Mention[] = [];
    for (const written of m[1]!.split('、')) {
      // "任命潘俊同志为…副区长": 同志 follows the name.
      const item = written.replace(/同志$/, '');
      if (parseName(`${item}，`, 0, true) !== item.length && dotName(`${item}，`, item.indexOf('·'))?.[1] !== item.length) return out;
      names.push({ type: 'Person', surface: item, start: at, end: at + item.length, sentence, via: 'post', titles });
      at += written.length + 1;
    }
    out.push(...names);
  }
  return out;
}

/**
 * "珠海市委副书记、市政府党组书记", "天津市人大常委会副主任、市政府合作交流办主任", "湖北省委副书记、省长": in one
 * person's chain, a bare level (市政府, 省长) is the place an earlier title named in full, not the paper's own.
 */
function ownTitlePlaces(titles: Title[]): void {
  let named: string | null = null;
  for (const t of titles) {
    const hit = t.org ? findPlaces(t.org.slice(0, 14), new Set())[0] : undefined;
    if (hit && hit.start === 0 && !hit.short && /[市省区县州旗]$/.test(hit.canonical)) {
      named = hit.canonical;
      continue;
    }
    const level = t.org ? t.org[0] : /^(?:常务)?副?([区县市省州旗])长$/.exec(t.post)?.[1];
    if (named && level && named.endsWith(level) && (!t.org || /^[区县市省州旗](?:委|政府|人民政府|人大|政协|纪委)/.test(t.org))) t.owner = named;
  }
}
