// Stage: every sentence of an article through the finders (finders/sentence.ts).
import type { ArticleStage } from '../document.ts';
import type { Mention } from '../finders/mention.ts';
import { mentionSentence } from '../finders/sentence.ts';

export const findMentions: ArticleStage = ({ sentences }, doc) => ({
  mentions: sentences.flatMap((s, i) => mentionSentence(s.text, i, doc.knownShort, doc.localPlaces).filter((m) => !paperOnly(m, s.text, doc.normalized.text))),
});

/**
 * "X山报": a paper's name whose X is an area's short form names that area only where the file names the
 * area in full too (南开报 beside 南开区); else the paper is named after a landmark (井冈山报 of 吉安).
 */
function paperOnly(m: Mention, sentence: string, text: string): boolean {
  return m.type === 'District' && m.canonical !== undefined && m.surface !== m.canonical && sentence[m.end] === '报' && !text.includes(m.canonical);
}
