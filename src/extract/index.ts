// The extractor's public API: documents in, one Extraction (FORMAT.md) out, entities resolved across
// all documents. `extractDocumentsParallel` spreads large inputs over worker threads; both give the
// same result because documents are extracted independently and merged in input order.
import type { DocResult, SourceDocument } from './document.ts';
import { extractDocument } from './pipeline.ts';
import type { Extraction } from './format.ts';
import { mergeResults } from './resolve.ts';

export type { DocResult, SourceDocument };

/** Extracts articles, entities and relations from documents, resolving entities across all of them. */
export function extractDocuments(docs: SourceDocument[]): Extraction {
  return mergeResults(docs.map((d) => extractDocument(d)));
}

/** A document the pipeline could not extract, with the reason. */
export interface ExtractFailure {
  source: string;
  error: string;
}

/** Per-document results (or the reason a document failed), with warnings worth showing the user. */
export function extractEach(docs: SourceDocument[]): (DocResult | ExtractFailure)[] {
  return docs.map((d) => {
    try {
      return extractDocument(d);
    } catch (err) {
      return { source: d.source, error: err instanceof Error ? err.message : String(err) };
    }
  });
}

export function isFailure(r: DocResult | ExtractFailure): r is ExtractFailure {
  return 'error' in r;
}

export { mergeResults };

/** Today as YYYY-MM-DD (UTC): the default `readOn` of the entry points that read texts as they come (SourceDocument). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
export { extractDocumentsParallel } from './parallel.ts';
