// Stage: an article's paragraphs → sentences, half-width punctuation read as full-width (a closing byline holds reporters only; the opening byline is
// blanked so that its media name is not read as a place).
import type { ArticleStage } from '../document.ts';
import { splitSentences, type Sentence } from '../sentences.ts';

export const splitIntoSentences: ArticleStage = ({ draft }, doc) => {
  const n = doc.normalized;
  const sentences: Sentence[] = [];
  let bodyFrom = 0;
  for (const p of draft.paragraphs) {
    if (p === draft.creditParagraph) continue;
    const para = n.paragraphs[p]!;
    let text = fullWidthPunctuation(n.text.slice(para.start, para.end));
    if (p === draft.bodyParagraph) bodyFrom = sentences.length;
    if (p === draft.bylineParagraph && draft.byline) text = ' '.repeat(draft.byline.length) + text.slice(draft.byline.length);
    for (const sentence of splitSentences(text, para.start, p, para.caption, draft.headings.includes(p))) sentences.push(sentence);
  }
  return { sentences, bodyFrom };
};

/**
 * Half-width punctuation in Chinese text (many web pages write "昨日下午,会议举行") reads as full-width, so
 * that every rule sees one form of clause and bracket. One character for one: offsets are kept. Commas and
 * colons between digits (1,000, 10:30) stay.
 */
export function fullWidthPunctuation(text: string): string {
  return text.replace(/[,;:()!?]/g, (c, at: number) => {
    if ((c === ',' || c === ':') && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '')) return c;
    return FULL_WIDTH[c] ?? c;
  });
}
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？' };
