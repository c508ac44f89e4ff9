// Stage: the file's publication date: the caller's (--date), else a publication line before the first byline.
import type { ExtractionDoc } from '../document.ts';
import { publicationDate } from '../finders/dates.ts';

export function findPublicationDate(doc: ExtractionDoc): ExtractionDoc {
  const n = doc.normalized;
  const firstByline = doc.articles.find((a) => a.draft.bylineParagraph >= 0)?.draft;
  const bylineAt = firstByline ? n.offsets[n.paragraphs[firstByline.bylineParagraph]!.start] ?? 300 : 300;
  return { ...doc, published: doc.input.date ?? publicationDate(doc.input.text, bylineAt) };
}
