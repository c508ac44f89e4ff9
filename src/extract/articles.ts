// Stage 2: normalized text → articles. Each article opens with a byline (本报讯（X记者 Y）, 深圳特区报讯（记者 X）,
// 本报深圳7月4日电（记者X）, X新闻讯（记者 X）, 新华社北京3月5日电…); headlines sit before the byline in one layout
// and after the body in the other, which the text before the first byline tells apart.
import type { NormalizedText, Paragraph } from './normalize.ts';

export interface ArticleDraft {
  /** Indices into the document's paragraphs. */
  paragraphs: number[];
  /** Index of the byline paragraph (the body starts there), or -1 when the text has no byline. */
  bylineParagraph: number;
  byline: string | null;
  title: string | null;
  /** Headline-like lines around the title (kicker, subtitle). */
  headings: number[];
}

/** A byline at the start of a paragraph; group 1 is the text inside its brackets. */
export const BYLINE =
  /^[■▲●◆\s]*(?:本报|[\u4e00-\u9fffA-Za-z]{2,14}?)(?:[\u4e00-\u9fff]{0,6}?\d{1,2}月\d{1,2}日)?(?:讯|电)\s*（([^（）\n]{1,80})）/;
/** Bylines without brackets: "记者 X 报道", "文/图 X". */
const BARE_BYLINE =
  /^(?:■\s*)?(?:(?:本报)?(?:见习|实习|首席)?记者\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*(?:报道|文\/图)?|(?:文|文\/图|图\/文)\s*[\/｜|]\s*(?:记者\s*)?[\u4e00-\u9fff]{2,4}(?:[\s、]+(?:(?:图|通讯员)\s*[\/｜|]?\s*)?[\u4e00-\u9fff]{2,4})*)\s*$/;

export function isHeadingLike(text: string): boolean {
  return text.length > 0 && text.length <= 50 && !/[。；]$/.test(text) && !BYLINE.test(text);
}

export function splitArticles(n: NormalizedText): ArticleDraft[] {
  const paras = n.paragraphs;
  const textOf = (p: Paragraph) => n.text.slice(p.start, p.end);
  const bylines: number[] = [];
  paras.forEach((p, i) => {
    const t = textOf(p);
    if (!p.caption && (BYLINE.test(t) || BARE_BYLINE.test(t))) bylines.push(i);
  });
  const all = paras.map((_, i) => i);
  if (bylines.length === 0) {
    const first = paras.findIndex((p) => !p.caption);
    const title = first >= 0 && isHeadingLike(textOf(paras[first]!)) ? textOf(paras[first]!) : null;
    return paras.length ? [{ paragraphs: all, bylineParagraph: -1, byline: null, title, headings: title ? [first] : [] }] : [];
  }
  const headingsBefore = bylines[0]! > 0 && paras.slice(0, bylines[0]).some((p) => isHeadingLike(textOf(p)));
  const drafts: ArticleDraft[] = [];
  // The first heading-like paragraph after the body whose followers are all short (subtitle, caption).
  const trailingTitle = (byline: number, end: number): number => {
    for (let i = Math.max(byline + 1, end - 4); i < end; i++) {
      if (isHeadingLike(textOf(paras[i]!)) && !paras[i]!.caption && range(i + 1, end).every((j) => textOf(paras[j]!).length <= 50)) return i;
    }
    return -1;
  };
  if (headingsBefore) {
    // Headlines precede each byline: the run of heading-like paragraphs just before it is the article's.
    const starts = bylines.map((b, k) => {
      let s = b;
      const floor = k === 0 ? 0 : bylines[k - 1]! + 1;
      while (s - 1 >= floor && s - 1 > b - 4 && isHeadingLike(textOf(paras[s - 1]!)) && !paras[s - 1]!.caption) s--;
      return k === 0 ? 0 : s;
    });
    bylines.forEach((b, k) => {
      const end = k + 1 < bylines.length ? starts[k + 1]! : paras.length;
      let headings = range(starts[k]!, b).filter((i) => isHeadingLike(textOf(paras[i]!)));
      let title = headings.length ? textOf(paras[headings[headings.length - 1]!]!) : null;
      if (!title) {
        // No headline before this byline: the paper put it after the body this time.
        const after = trailingTitle(b, end);
        if (after >= 0) {
          headings = range(after, end).filter((i) => isHeadingLike(textOf(paras[i]!)));
          title = textOf(paras[after]!);
        }
      }
      drafts.push({ paragraphs: range(starts[k]!, end), bylineParagraph: b, byline: bylineText(textOf(paras[b]!)), title, headings });
    });
  } else {
    // Headlines follow each body: the first heading-like paragraph whose followers are all short.
    bylines.forEach((b, k) => {
      const end = k + 1 < bylines.length ? bylines[k + 1]! : paras.length;
      const titleAt = trailingTitle(b, end);
      const headings = titleAt >= 0 ? range(titleAt, end).filter((i) => isHeadingLike(textOf(paras[i]!))) : [];
      drafts.push({
        paragraphs: range(k === 0 ? 0 : b, end),
        bylineParagraph: b,
        byline: bylineText(textOf(paras[b]!)),
        title: titleAt >= 0 ? textOf(paras[titleAt]!) : null,
        headings,
      });
    });
  }
  return drafts;
}

function bylineText(t: string): string {
  const m = BYLINE.exec(t);
  return m ? m[0] : t;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}
