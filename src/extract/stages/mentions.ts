// Stage: every sentence of an article through the finders (finders/sentence.ts).
import type { ArticleStage } from '../document.ts';
import { mentionSentence } from '../finders/sentence.ts';

export const findMentions: ArticleStage = ({ sentences }, doc) => ({
  mentions: sentences.flatMap((s, i) => mentionSentence(s.text, i, doc.knownShort, doc.localPlaces)),
});
