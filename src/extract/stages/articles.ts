// Stage: the normalized text split into articles (by bylines and publication lines), each with a stable id.
import { createHash } from 'node:crypto';
import { splitArticles } from '../articles.ts';
import type { ArticleState, ExtractionDoc } from '../document.ts';
import type { ArticleRecord } from '../format.ts';
import { sourceSpan } from '../normalize.ts';

export function splitIntoArticles(doc: ExtractionDoc): ExtractionDoc {
  const n = doc.normalized;
  const drafts = splitArticles(n);
  const warnings = [...doc.warnings];
  if (drafts.length && drafts[0]!.bylineParagraph < 0) warnings.push('no byline found (本报讯（记者 …）…): the whole file is taken as one article');
  const seenIds = new Set<string>();
  const articles = drafts.map((draft): ArticleState => {
    let from = Infinity;
    let to = -Infinity;
    for (const p of draft.paragraphs) {
      from = Math.min(from, n.paragraphs[p]!.start);
      to = Math.max(to, n.paragraphs[p]!.end);
    }
    // The id hashes the article's text; a second copy of the same text in the file gets "#2".
    const articleText = n.text.slice(from, to);
    let id = `a:${createHash('sha256').update(articleText).digest('hex').slice(0, 16)}`;
    for (let k = 2; seenIds.has(id); k++) id = `a:${createHash('sha256').update(`${articleText}#${k}`).digest('hex').slice(0, 16)}`;
    seenIds.add(id);
    const record: ArticleRecord = { id, source: doc.input.source, span: sourceSpan(n, from, to), title: draft.title, date: null };
    return {
      draft, record, sentences: [], bodyFrom: 0, mentions: [], home: { district: null, city: null, province: null, anyPlace: null },
      resolved: [], visible: [], reporters: [], credited: [], events: [],
      reported: [], positions: [], attendance: [], signed: [], heldIn: [], pairings: [], partOf: [], dateClues: null, ownDate: null,
    };
  });
  return { ...doc, warnings, articles };
}
