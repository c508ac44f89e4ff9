// Stage: an article's paragraphs → sentences (a closing byline holds reporters only; the opening byline is
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
    let text = n.text.slice(para.start, para.end);
    if (p === draft.bodyParagraph) bodyFrom = sentences.length;
    if (p === draft.bylineParagraph && draft.byline) text = ' '.repeat(draft.byline.length) + text.slice(draft.byline.length);
    for (const sentence of splitSentences(text, para.start, p, para.caption, draft.headings.includes(p))) sentences.push(sentence);
  }
  return { sentences, bodyFrom };
};
