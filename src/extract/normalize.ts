// Stage 1: source text → running text with a map back to source offsets.
// Traditional script becomes simplified (opencc-js), full-width letters and digits become ASCII,
// column line breaks and page breaks are joined, photo captions are lifted out of the sentence they
// interrupt and kept as paragraphs of their own. Every normalized character knows its source index.
import * as OpenCC from 'opencc-js';
import { isLayoutLine, isMetaLine, metaRunOnAt, trailingJumpLength } from './layout-noise.ts';
import { surnameRank } from './lexicon.ts';

export interface Paragraph {
  /** [start, end) in the normalized text. */
  start: number;
  end: number;
  /** A photo caption ("… 记者 X 摄"): its own paragraph, never part of a sentence around it. */
  caption: boolean;
}

export interface NormalizedText {
  /** Paragraphs joined by "\n". */
  text: string;
  /** Source index of every character of `text` ("\n" separators map to the end of the paragraph before). */
  offsets: Int32Array;
  paragraphs: Paragraph[];
  /** Notes about the input worth telling the user (very long lines, markup). */
  warnings: string[];
}

let converter: ((s: string) => string) | null = null;
/** Traditional to simplified, one character for one (offsets keep): also the t2s view of gold packs (src/eval/pack.ts). */
export function toSimplified(s: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  const out = convert(s);
  if (out.length === s.length) return out;
  // Phrase conversions that change length would break the offset map: convert char by char then.
  let chars = '';
  for (const ch of s) {
    const c = convert(ch);
    chars += c.length === ch.length ? c : ch;
  }
  return chars;
}

/** Width in half-width units: what a newspaper column measures. */
function visualWidth(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // Curly quotes and dashes take a full cell in Chinese typesetting.
    w += c < 0x2000 || (c > 0x206f && c < 0x2e80) ? 1 : 2;
  }
  return w;
}

/** A sentence ends here (a closing bracket or quote alone does not end one: "（以下简称“X”）"). */
const SENTENCE_END = /[。！？!?；…][”’」』）)]?$/;
// A sentence or paragraph that ends here is finished: the next line starts something new.
const TERMINAL = /[。！？!?；…”」』）)]$/;
/** A line that opens with a byline starts an article: never joined to the text before it. */
const BYLINE_START = /^[■▲●◆□]?\s*(?:【[\u4e00-\u9fffA-Za-z]{2,16}?(?:讯|电)】|(?:本报|[\u4e00-\u9fffA-Za-z]{2,14}?)(?:[\u4e00-\u9fff]{0,6}?(?:\d{1,2}月\d{1,2}日|\d{3,4}日))?(?:讯|电|消息)\s*[（(【])/;
/** A byline that closes an article ("（记者 Y）"): a paragraph of its own. */
const CLOSING_LINE = /^[（(]\s*(?:(?:首席|见习|实习|特约|全媒体)?记者|通讯员|文\/图)[^（）()\n]{1,40}[）)]$/;
const CAPTION = /(?:摄|摄影|摄影报道|供图|图片来源[:：].*)）?$/;

/** A body at the end of one line and its post at the start of the next: "X县委" + "书记Y", "区人大常委会" + "主任Y". */
const BODY_END = /(?:[省市县区旗州盟镇乡]委|党委|党工委|党组|人民政府|政府|人大常委会|人大|政协)$/;
const POST_START = /^(?:常务)?副?(?:书记|常委|主任|主席|区长|县长|市长|州长|旗长|镇长|乡长|秘书长|党组书记)/;
/** A post and a surname at the end of a line ("区委书记王"): the given name opens the next ("卫出席…"). */
const POST_END = /(?:书记|区长|县长|市长|州长|旗长|镇长|乡长|主任|主席|局长|部长|秘书长)$/;
const POST_SURNAME_END = /(?:书记|常委|区长|县长|市长|州长|旗长|镇长|乡长|主任|主席|局长|部长|秘书长)([\u4e00-\u9fff])$/;
function splitsPost(before: string, after: string): boolean {
  if (TERMINAL.test(before) || !/^[\u4e00-\u9fff]/.test(after)) return false;
  const surname = POST_SURNAME_END.exec(before)?.[1];
  const nameThenVerb = (name: RegExp) => new RegExp(`^${name.source}(?:[，,、。（(]|出席|主持|参加|讲话|表示|指出|强调|带队|率)`).test(after);
  if (BODY_END.test(before) && POST_START.test(after)) return true;
  if (surname !== undefined && surnameRank.has(surname)) return nameThenVerb(/[\u4e00-\u9fff]{1,2}/);
  // "…区委书记" ⏎ "王卫出席…": the post's holder on the next line, in running text (not a short line of its own).
  return before.length >= 8 && POST_END.test(before) && surnameRank.has(after[0]!) && nameThenVerb(/[\u4e00-\u9fff]{2,3}/);
}

interface Line {
  start: number;
  end: number;
  text: string;
  /** The line follows page furniture (a navigation bar, a page label): it cannot continue a paragraph. */
  afterFurniture?: boolean;
  /** A comma alone on its line: a scraper broke the sentence there, so it joins the lines around it. */
  comma?: boolean;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let furniture = false;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let end = i > start && text[i - 1] === '\r' ? i - 1 : i;
      // Trim both ends but keep the offsets true.
      let s = start;
      while (s < end && /\s/.test(text[s]!)) s++;
      while (end > s && /\s/.test(text[end - 1]!)) end--;
      // Page furniture is left out, and the line after it starts a paragraph; a jump line ("（下转02版）") is
      // cut from the line it ends.
      // A comma right after a text line (no furniture between) continues that line's sentence.
      if (/^[,，]$/.test(text.slice(s, end)) && !furniture && lines.at(-1)?.text) lines.push({ start: s, end, text: '，', comma: true });
      else if (isLayoutLine(text.slice(s, end))) furniture = true;
      else {
        end -= trailingJumpLength(text.slice(s, end));
        // A meta line the body runs onto is two lines: the page's fields, then the body.
        const body = metaRunOnAt(text.slice(s, end));
        if (body > 0) {
          const fields = text.slice(s, s + body).trimEnd();
          lines.push({ start: s, end: s + fields.length, text: fields, afterFurniture: furniture });
          s += body;
          while (s < end && /\s/.test(text[s]!)) s++;
        }
        lines.push({ start: s, end, text: text.slice(s, end), afterFurniture: furniture && end > s });
        if (end > s) furniture = false;
      }
      start = i + 1;
    }
  }
  return lines;
}

/** The width a column line has when the layout broke it, or null when lines are whole paragraphs. */
function columnWidth(lines: Line[]): number | null {
  const widths = lines.filter((l) => l.text.length > 0).map((l) => visualWidth(l.text));
  if (widths.length < 8) return null;
  const hist = new Map<number, number>();
  for (const w of widths) hist.set(w, (hist.get(w) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [w, n] of hist) if (n > bestCount || (n === bestCount && w > best)) [best, bestCount] = [w, n];
  const near = bestCount + (hist.get(best - 1) ?? 0) + (hist.get(best + 1) ?? 0) + (hist.get(best - 2) ?? 0);
  return best <= 60 && near >= widths.length * 0.4 ? best : null;
}

/** A Han character followed by its pinyin in brackets: 区（qū）, 协(xié), 和（hé / huò）. The character itself is kept. */
const PINYIN_GLOSS = /[\u4e00-\u9fff][（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}(?:\s?\/\s?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}){0,3}[）)]/g;

export function normalize(source: string): NormalizedText {
  const warnings: string[] = [];
  const simplified = cleanChars(toSimplified(source));
  const lines = splitLines(simplified);
  const longest = lines.reduce((m, l) => Math.max(m, l.text.length), 0);
  if (longest > 100_000) warnings.push(`a line of ${longest} characters: not laid out like newspaper text`);
  const column = columnWidth(lines);
  // Where most lines run straight into the next, a blank line is a paragraph break; where a blank line
  // follows nearly every line (000, 002), it means nothing.
  const textLines = lines.filter((l) => l.text.length > 0).length;
  const runOn = lines.filter((l, i) => l.text.length > 0 && (lines[i + 1]?.text.length ?? 0) > 0).length;
  // A file without a single blank line between text lines (a scraped web page) has one paragraph per line.
  const blankBetween = lines.some((l, i) => l.text.length === 0 && i > 0 && lines[i - 1]!.text.length > 0 && lines.slice(i + 1).some((x) => x.text.length > 0));
  const blankBreaks = textLines > 0 && runOn / textLines >= 0.3 && blankBetween;

  // A line is broken by the layout (to be joined with the next text line) when it does not end a
  // sentence and is as wide as the column, or, in paragraph layout, long enough to be body text.
  const softBroken = (l: Line): boolean => {
    if (l.text.length === 0 || isMetaLine(l.text)) return false;
    if (column !== null) {
      const w = visualWidth(l.text);
      // A line that ends a sentence ends its paragraph too: what follows may be a headline.
      return w <= column + 4 && !SENTENCE_END.test(l.text) && w >= column - 7;
    }
    return !TERMINAL.test(l.text) && visualWidth(l.text) > 60;
  };
  const isCaption = (l: Line): boolean => CAPTION.test(l.text) && l.text.length <= 120 && /记者|摄|图/.test(l.text);

  const out: string[] = [];
  const offs: number[] = [];
  const paragraphs: Paragraph[] = [];
  let cur = '';
  let written = 0;
  let lastWasFull = false;
  let curOffs: number[] = [];
  const pendingCaptions: Line[] = [];
  const flush = (caption = false) => {
    if (cur.length === 0) return;
    if (out.length > 0) {
      offs.push(offs.length ? offs[offs.length - 1]! : 0);
      written += 1; // the "\n" separator
    }
    const start = written;
    written += cur.length;
    out.push(cur);
    for (const o of curOffs) offs.push(o);
    paragraphs.push({ start, end: start + cur.length, caption });
    cur = '';
    curOffs = [];
  };
  const append = (l: Line) => {
    // Two Latin words meeting at a join keep a space between them.
    if (cur && /[A-Za-z0-9]$/.test(cur) && /^[A-Za-z0-9]/.test(l.text)) {
      cur += ' ';
      curOffs.push(l.start);
    }
    // Pinyin ruby glossed after a character (区（qū）政府) is no part of the text: skip it, offsets stay true.
    const gloss = new Set<number>();
    for (const m of l.text.matchAll(PINYIN_GLOSS)) for (let k = 1; k < m[0].length; k++) gloss.add(m.index + k);
    if (gloss.size === 0) {
      // The common case: the whole line, in one concatenation (char by char cost a tenth of extraction).
      cur += l.text;
      for (let k = 0; k < l.text.length; k++) curOffs.push(l.start + k);
      return;
    }
    for (let k = 0; k < l.text.length; k++) {
      if (gloss.has(k)) continue;
      cur += l.text[k];
      curOffs.push(l.start + k);
    }
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.text.length === 0) continue;
    // "…田自力" ⏎ "," ⏎ "市政府秘书长…": one sentence.
    const joined = l.comma === true || (lines[i - 1]?.comma === true && !BYLINE_START.test(l.text));
    // An indented line starts a paragraph, unless the text before is a byline still open ("（记者 X 通讯员", "…电").
    const open = (cur.match(/（/g)?.length ?? 0) > (cur.match(/）/g)?.length ?? 0) || /(?:讯|电)\s*$/.test(cur);
    const indented = l.start > 0 && /[ \t\u3000]/.test(simplified[l.start - 1] ?? '') && cur.length > 0 && !open;
    if (!joined && ((indented && column !== null) || l.afterFurniture || BYLINE_START.test(l.text) || CLOSING_LINE.test(l.text))) flush();
    // After a blank line a new paragraph starts, unless the text before broke off mid-sentence at full width.
    if (!joined && blankBreaks && cur.length > 0 && lines[i - 1]?.text.length === 0 && (TERMINAL.test(cur) || !lastWasFull) && !splitsPost(cur, l.text)) flush();
    if (isCaption(l) && cur.length > 0 && !TERMINAL.test(cur)) {
      // A caption dropped into the middle of a sentence: lift it out, keep the sentence going.
      pendingCaptions.push(l);
      continue;
    }
    append(l);
    lastWasFull = softBroken(l);
    const next = lines[i + 1];
    // "X县委" ⏎ ⏎ "书记Y出席…": the page broke a post in two; the next text line goes on with it.
    let n = i + 1; // (not lines.slice(i + 1): a copy of the rest of the file per line was quadratic)
    while (n < lines.length && lines[n]!.text.length === 0) n++;
    const nextText = lines[n];
    if (next?.comma || l.comma || (nextText && !nextText.afterFurniture && splitsPost(l.text, nextText.text))) {
      lastWasFull = true;
      continue;
    }
    // Lines that run straight into the next one are one paragraph where blank lines mark paragraphs.
    const runsOn = blankBreaks && next !== undefined && next.text.length > 0 && !BYLINE_START.test(next.text) && !CLOSING_LINE.test(next.text) && !isCaption(next);
    if (CLOSING_LINE.test(l.text) || (!softBroken(l) && !runsOn && !(blankBreaks && !TERMINAL.test(l.text) && lastWasFull))) {
      flush(isCaption(l));
      for (const c of pendingCaptions.splice(0)) {
        append(c);
        flush(true);
      }
    }
  }
  flush();
  for (const c of pendingCaptions.splice(0)) {
    append(c);
    flush(true);
  }
  const text = out.join('\n');
  return { text, offsets: Int32Array.from(offs), paragraphs, warnings };
}

/** Full-width ASCII letters/digits → ASCII (NFKC, where it keeps one character for one); spaces unified. */
function cleanChars(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0) out += ' ';
    // 陜 (U+965C, "narrow") is how traditional-script pages mistype 陝 (Shaanxi, 苏陜协作); OpenCC keeps it as it is.
    else if (c === 0x965c) out += '陕';
    // One middle dot for transliterated names (約翰・史密斯, 约翰•史密斯).
    else if ((s[i] === '・' || s[i] === '•' || s[i] === '‧' || s[i] === '∙') && /[\u4e00-\u9fff]/.test(s[i - 1] ?? '') && /[\u4e00-\u9fff]/.test(s[i + 1] ?? '')) out += '·';
    else if (s[i] === '(') out += '（';
    else if (s[i] === ')') out += '）';
    else out += s[i];
  }
  return out;
}

/** Source span [start, end) of the normalized range [from, to). */
export function sourceSpan(n: NormalizedText, from: number, to: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = from; i < to; i++) {
    if (n.text[i] === '\n') continue;
    const o = n.offsets[i]!;
    if (o < lo) lo = o;
    if (o > hi) hi = o;
  }
  return lo === Infinity ? [0, 0] : [lo, hi + 1];
}
