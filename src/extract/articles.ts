// Stage 2: normalized text → articles. Each article opens with a byline (本报讯（X记者 Y）, 深圳特区报讯（记者 X）,
// 本报深圳7月4日电（记者X）, X新闻讯（记者 X）, 【X新闻讯】记者 Y 香港报道：, 新华社北京3月5日电…), or with a
// publication line (发布日期：…) in web layouts, or it closes with a byline of its own (（记者 Y）). Headlines sit
// before the byline in one layout and after the body in the other, which the text around the bylines tells apart.
import type { NormalizedText, Paragraph } from './normalize.ts';

export interface ArticleDraft {
  /** Indices into the document's paragraphs. */
  paragraphs: number[];
  /** Index of the paragraph that opens with the byline (or publication line), or -1 when it has none. */
  bylineParagraph: number;
  /** Index of the paragraph where the body starts (the byline paragraph, or the first after the headline). */
  bodyParagraph: number;
  /** Index of a closing byline paragraph ("（记者 Y）"), or -1. */
  creditParagraph: number;
  /** The opening byline, or the closing one when only that exists. */
  byline: string | null;
  title: string | null;
  /** Headline-like lines around the title (kicker, subtitle). */
  headings: number[];
}

/**
 * A byline at the start of a paragraph: its credits in brackets (group 1), in square brackets (group 2), in a
 * bracket the page never closed ("本报讯（记者X通讯员Y3月5日，…"), or without brackets ("本报讯 实习生 X 3月5日").
 */
export const BYLINE =
  /^[■▲●◆□\s]*【?(?:本报|[\u4e00-\u9fffA-Za-z]{2,14}?)(?:[\u4e00-\u9fff]{0,6}?(?:\d{1,2}月\d{1,2}日|\d{3,4}日))?(?:讯|电|消息)】?\s*(?:（([^（）\n]{1,80})）|【((?:[^【】\n]{0,20}?)(?:记者|通讯员|实习生)[^【】\n]{0,60})】|（(?:[^（）\n]{0,20}?)(?:记者|通讯员|实习生)[^（）\n]{1,40}?(?=\s|\d|[，。,]|$)|\s(?:(?:首席|见习|实习|特约)?记者|通讯员|实习生)\s*[\u4e00-\u9fff]{2,4}(?:[\s、]+(?:(?:记者|通讯员|实习生)\s*)?[\u4e00-\u9fff]{2,4})*(?=\s))/;
/** Hong Kong and overseas papers: "【X新闻讯】记者 Y 香港报道：" (no brackets around the reporters). */
export const BRACKETED_BYLINE = /^[■▲●◆\s]*【[\u4e00-\u9fffA-Za-z]{2,16}?(?:讯|电)】\s*(?:(?:(?:首席|见习|实习|特约)?记者|通讯员)[^：:。，]{1,40}?[：:])?/;
/** Bylines without brackets: "记者 X 报道", "□通讯员 X", "作者：X", "记者：X、Y", "文/图 X". */
const BARE_BYLINE =
  /^(?:[■□]\s*)?(?:(?:(?:本报)?(?:见习|实习|首席|特约)?(?:记者|通讯员)|实习生|作者)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}(?:(?:\s+|、)(?:(?:记者|通讯员|实习生)\s*)?[\u4e00-\u9fff]{2,4})*\s*(?:整理报道|摄影报道|报道|文\/图)?|(?:文|文\/图|图\/文)\s*[\/｜|]\s*(?:记者\s*)?[\u4e00-\u9fff]{2,4}(?:[\s、]+(?:(?:图|通讯员)\s*[\/｜|]?\s*)?[\u4e00-\u9fff]{2,4})*)\s*$/;
/** A byline that closes an article, alone on its line: "（记者 Y）", "（记者 Y 通讯员 Z）". */
export const CLOSING_BYLINE = /^[（(]\s*(?:(?:首席|见习|实习|特约|全媒体)?记者|通讯员|文\/图|编辑)[^（）()\n]{1,40}[）)]$/;
/** A closing byline at the end of the last paragraph: "…深化合作。（记者 Y）". */
const CLOSING_TAIL = /[。！？”」][（(]\s*(?:(?:首席|见习|实习|特约|全媒体)?记者|通讯员)[^（）()\n]{1,40}[）)]$/;
/** Credits in brackets opening the first paragraph of a web article: "（记者 X/文 Y/图）按照…", "【记者 X】3月5日，…". */
const OPENING_CREDIT = /^(?:[（(]\s*(?:(?:首席|见习|实习|特约|全媒体)?记者|通讯员|实习生)[^（）()\n]{1,60}[）)]|【\s*(?:(?:首席|见习|实习|特约|全媒体)?记者|通讯员|实习生)[^【】\n]{1,60}】)(?=\s*\S)/;
/** A web page's publication line: "发布日期：2025-04-17", "发布时间：2025年4月17日 10:20". */
export const PUBLICATION_LINE = /^(?:发布日期|发布时间|发稿时间|日期|来源)\s*[:：]\s*\S.{0,60}$/;

/** A web page's date line with the date first: "2025-04-17 10:20 来源：X日报". */
const DATE_FIRST_LINE = /^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源\s*[:：].{1,30})?$/;
export const isPublicationLine = (text: string): boolean => (PUBLICATION_LINE.test(text) && /\d{4}[-年/.]\d{1,2}/.test(text)) || (DATE_FIRST_LINE.test(text) && /\d{1,2}:\d{2}|来源/.test(text));

export function isHeadingLike(text: string): boolean {
  return text.length > 0 && text.length <= 50 && !/[。；]$/.test(text) && !BYLINE.test(text) && !BRACKETED_BYLINE.test(text) && !isPublicationLine(text) && !CLOSING_BYLINE.test(text);
}

const isOpeningByline = (text: string) => BYLINE.test(text) || BRACKETED_BYLINE.test(text) || BARE_BYLINE.test(text) || OPENING_CREDIT.test(text);

export function splitArticles(n: NormalizedText): ArticleDraft[] {
  const paras = n.paragraphs;
  const textOf = (i: number) => n.text.slice(paras[i]!.start, paras[i]!.end);
  if (paras.length === 0) return [];
  // A closing byline ends its article: what follows it is the next one.
  const groups: [number, number, number][] = [];
  let from = 0;
  paras.forEach((p, i) => {
    if (p.caption) return;
    if (CLOSING_BYLINE.test(textOf(i))) {
      groups.push([from, i, i]);
      from = i + 1;
    } else if (CLOSING_TAIL.test(textOf(i)) && i + 1 < paras.length) {
      // "…深化合作。（记者 Y）" closes the article at the end of its last paragraph.
      groups.push([from, i + 1, -1]);
      from = i + 1;
    }
  });
  if (from < paras.length) groups.push([from, paras.length, -1]);
  const drafts: ArticleDraft[] = [];
  for (const [a, b, credit] of groups) {
    let part = splitRange(n, a, b);
    if (credit >= 0 && part[part.length - 1]!.bylineParagraph >= 0) {
      // An opening byline and a closing one: two papers' styles, two articles when a headline sits between them.
      const last = part[part.length - 1]!;
      const headline = last.paragraphs.find((i, k) => k > 0 && i > last.bylineParagraph && i + 1 < b && isHeadlineBetween(n, i));
      if (headline !== undefined) {
        const rest = splitRange(n, headline, b);
        last.paragraphs = last.paragraphs.filter((i) => i < headline);
        part = [...part, ...rest];
      }
    }
    if (credit >= 0) {
      const last = part[part.length - 1]!;
      last.paragraphs.push(credit);
      last.creditParagraph = credit;
      last.byline ??= textOf(credit);
    } else if (drafts.length && part.length === 1 && part[0]!.bylineParagraph < 0 && part[0]!.paragraphs.every((i) => (isHeadingLike(textOf(i)) && !/[。！？]/.test(textOf(i))) || paras[i]!.caption)) {
      // Short lines after the last closing byline (editor, source) belong to that article.
      drafts[drafts.length - 1]!.paragraphs.push(...part[0]!.paragraphs);
      continue;
    }
    drafts.push(...part);
  }
  return drafts;
}

/** A headline between two bodies: a short line after a finished paragraph, followed by body text. */
function isHeadlineBetween(n: NormalizedText, i: number): boolean {
  const textAt = (k: number) => n.text.slice(n.paragraphs[k]!.start, n.paragraphs[k]!.end);
  const t = textAt(i);
  if (n.paragraphs[i]!.caption || !isHeadingLike(t) || t.length < 6 || t.length > 40) return false;
  // Sub-headings inside an article are numbered or end in a colon.
  if (/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d+[.、])|[：:]$/.test(t)) return false;
  return /[。！？”」]$/.test(textAt(i - 1)) && textAt(i + 1).length >= 20 && /[。！？”」]$/.test(textAt(i + 1));
}

/** Articles of the paragraphs [a, b), split by opening bylines and publication lines; a bare byline after the body closes its article. */
function splitRange(n: NormalizedText, a: number, b: number): ArticleDraft[] {
  const drafts = splitByOpenings(n, a, b);
  const credit = range(a, b).find((i) => isClosingBareByline(n, i, a, b));
  const owner = credit === undefined ? undefined : drafts.find((d) => d.paragraphs.includes(credit));
  if (owner && owner.creditParagraph < 0) {
    owner.creditParagraph = credit!;
    owner.byline ??= n.text.slice(n.paragraphs[credit!]!.start, n.paragraphs[credit!]!.end);
  }
  return drafts;
}

/**
 * A bare byline after the body ("…深化合作。" then "记者 X" and perhaps "编辑：Y"): it closes the article above,
 * as nothing after it but short credit lines could be an article of its own.
 */
function isClosingBareByline(n: NormalizedText, i: number, a: number, b: number): boolean {
  const textAt = (k: number) => n.text.slice(n.paragraphs[k]!.start, n.paragraphs[k]!.end);
  if (n.paragraphs[i]!.caption || !BARE_BYLINE.test(textAt(i))) return false;
  const bodyBefore = range(a, i).some((k) => textAt(k).length > 40 && /[。！？]/.test(textAt(k)));
  return bodyBefore && range(i + 1, b).every((k) => n.paragraphs[k]!.caption || (textAt(k).length <= 40 && !/[。！？]/.test(textAt(k))));
}

function splitByOpenings(n: NormalizedText, a: number, b: number): ArticleDraft[] {
  const paras = n.paragraphs;
  const textOf = (p: Paragraph) => n.text.slice(p.start, p.end);
  const textAt = (i: number) => textOf(paras[i]!);
  const bylineFollows = (i: number): boolean => {
    let j = i + 1;
    while (j < b && !isOpeningByline(textAt(j)) && (paras[j]!.caption || (textAt(j).length <= 80 && !/[。！？]/.test(textAt(j))))) j++;
    return j < b && isOpeningByline(textAt(j));
  };
  const isItemHeadline = (i: number): boolean =>
    i + 1 < b && !paras[i]!.caption && isHeadingLike(textAt(i)) && textAt(i).length >= 6 && !/[，。：:,]/.test(textAt(i)) && isBodyText(textAt(i + 1)) && DATED_LEAD.test(textAt(i + 1));
  const bylines: number[] = [];
  for (let i = a; i < b; i++) {
    const p = paras[i]!;
    if (p.caption) continue;
    const t = textOf(p);
    if (isOpeningByline(t) && !isClosingBareByline(n, i, a, b)) bylines.push(i);
    // A publication line opens an article unless a byline follows it before any body text (photos and
    // their one-line captions may sit between).
    // One after the body with no body text below it is the page's footer, part of the article above.
    else if (isPublicationLine(t) && !bylineFollows(i) && !(i > a && range(i + 1, b).every((j) => !isBodyText(textAt(j))) && range(a, i).some((j) => isBodyText(textAt(j))))) bylines.push(i);
  }
  const all = range(a, b);
  if (bylines.length === 0) {
    // A web page's list of news items without bylines: a headline after body text, opening a lead that
    // dates its event ("廣東省省長X率團參觀…" then "「2016年…會議」於6月21日在…舉行"), starts the next item.
    const starts = all.filter((i) => i === a || (isItemHeadline(i) && range(a, i).some((k) => isBodyText(textAt(k)))));
    return starts.map((s, k) => {
      const own = range(s, starts[k + 1] ?? b);
      let first = own.find((i) => !paras[i]!.caption);
      const title0 = first !== undefined && isHeadingLike(textAt(first)) ? textAt(first) : null;
      const body = title0 !== null ? own.find((i) => i > first! && !isHeadingLike(textAt(i))) ?? first! : first ?? s;
      // On a page of several items the headline is the line right above its lead (page labels sit higher).
      if (starts.length > 1 && title0 !== null && body > first! && isItemHeadline(body - 1)) first = body - 1;
      const title = first !== undefined && title0 !== null ? textAt(first) : null;
      return { paragraphs: own, bylineParagraph: -1, bodyParagraph: body, creditParagraph: -1, byline: null, title, headings: title ? [first!] : [] };
    });
  }
  // Headlines come first when one precedes the first byline, or when the text ends with body text
  // (a paper that prints headlines after bodies ends with one).
  const lastText = all.filter((i) => !paras[i]!.caption).pop()!;
  const headingsBefore = (bylines[0]! > a && range(a, bylines[0]!).some((i) => isHeadingLike(textAt(i)))) || (lastText > bylines[bylines.length - 1]! && !isHeadingLike(textAt(lastText)));
  const drafts: ArticleDraft[] = [];
  const draft = (paragraphs: number[], byline: number, title: string | null, headings: number[]): ArticleDraft => {
    const t = textAt(byline);
    return { paragraphs, bylineParagraph: byline, bodyParagraph: byline, creditParagraph: -1, byline: bylineText(t), title, headings };
  };
  // The first heading-like paragraph after the body whose followers are all short (subtitle, caption).
  const trailingTitle = (byline: number, end: number): number => {
    for (let i = Math.max(byline + 1, end - 4); i < end; i++) {
      if (isHeadingLike(textAt(i)) && !paras[i]!.caption && range(i + 1, end).every((j) => textAt(j).length <= 50)) return i;
    }
    return -1;
  };
  if (headingsBefore) {
    // Headlines precede each byline: the run of heading-like paragraphs (and a publication line) just before it is the article's.
    const starts = bylines.map((bl, k) => {
      let s = bl;
      const floor = k === 0 ? a : bylines[k - 1]! + 1;
      const before = (i: number) => (isHeadingLike(textAt(i)) || isPublicationLine(textAt(i))) && !paras[i]!.caption;
      while (s - 1 >= floor && s - 1 > bl - 4 && before(s - 1)) s--;
      return k === 0 ? a : s;
    });
    bylines.forEach((bl, k) => {
      const end = k + 1 < bylines.length ? starts[k + 1]! : b;
      // Lines between a publication line and the byline are photo captions, not headlines.
      const pubLine = range(starts[k]!, bl).find((i) => isPublicationLine(textAt(i)));
      let headings = range(starts[k]!, pubLine ?? bl).filter((i) => isHeadingLike(textAt(i)));
      let title = headings.length ? textAt(headings[headings.length - 1]!) : null;
      if (!title) {
        // No headline before this byline: the paper put it after the body this time.
        const after = trailingTitle(bl, end);
        if (after >= 0) {
          headings = range(after, end).filter((i) => isHeadingLike(textAt(i)));
          title = textAt(after);
        }
      }
      drafts.push(draft(range(starts[k]!, end), bl, title, headings));
    });
  } else {
    // Headlines follow each body: the first heading-like paragraph whose followers are all short.
    bylines.forEach((bl, k) => {
      const end = k + 1 < bylines.length ? bylines[k + 1]! : b;
      const titleAt = trailingTitle(bl, end);
      const headings = titleAt >= 0 ? range(titleAt, end).filter((i) => isHeadingLike(textAt(i))) : [];
      drafts.push(draft(range(k === 0 ? a : bl, end), bl, titleAt >= 0 ? textAt(titleAt) : null, headings));
    });
  }
  return drafts;
}

function bylineText(t: string): string {
  const m = BYLINE.exec(t) ?? BRACKETED_BYLINE.exec(t) ?? OPENING_CREDIT.exec(t);
  if (m) return m[0];
  // A publication line is blanked whole; a bare byline is the whole line too.
  return t;
}

/** The lead of a news item: it dates the event in its first words ("8月12日，…", "「X會議」於6月21日在…"). */
const DATED_LEAD = /^[^。！？\n]{0,30}?\d{1,2}月\d{1,2}日[^。！？\n]{0,80}?[，。,]/;

/** A paragraph of running text, not a headline, caption or credit line. */
const isBodyText = (t: string): boolean => t.length > 40 && /[。！？]/.test(t);

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}
