// What every resolver receives: the store, this request's loaders, and whether it may write.
import type { SourceDocument } from '../extract/index.ts';
import type { ArticleNode } from './records.ts';
import type { Loaders } from './loaders.ts';
import type { Budget } from './plugins/limits.ts';
import type { Store } from './store.ts';

export interface IngestOutcome {
  articles: ArticleNode[];
  entityCount: number;
  relationCount: number;
  /** Ids of stored articles retracted because a replaced source no longer produces them. */
  replaced?: string[];
}

/** Extracts and loads documents (the real extractor and loader; tests may count calls). */
export type Ingest = (documents: SourceDocument[], opts?: { replace?: boolean }) => Promise<IngestOutcome>;

export interface ApiContext {
  store: Store;
  loaders: Loaders;
  ingest: Ingest;
  /** Null when the request carries the configured bearer token; otherwise why writing is refused. */
  writeRefusal: string | null;
  /** What this request may still read before it is stopped (items, deadline). */
  budget: Budget;
}
