// The extractor's public API. (Placeholder until the pipeline lands: it finds articles only.)
import { createHash } from 'node:crypto';
import type { Extraction } from './format.ts';

export interface SourceDocument {
  /** File name or path, copied to each article's `source`. */
  source: string;
  /** The decoded text of the whole file. */
  text: string;
  /** Publication date of the file (YYYY-MM-DD) when the caller knows it (`--date`). */
  date?: string;
}

/** Extracts articles, entities and relations from documents, resolving entities across all of them. */
export function extractDocuments(docs: SourceDocument[]): Extraction {
  const articles = docs.map((d) => ({
    id: `a:${createHash('sha256').update(d.text).digest('hex').slice(0, 16)}`,
    source: d.source,
    span: [0, d.text.length] as [number, number],
    title: null,
    date: d.date ?? null,
  }));
  return { articles, entities: [], relations: [] };
}
