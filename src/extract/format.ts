// The extraction JSON (../shared/eval/FORMAT.md): the seam between the extractor and the graph.
// The extractor produces exactly this; the loader reads exactly this.

// Entity and relation types are declared once, as data, in src/model/relation-types.ts.
import type { EntityType, RelationType } from '../model/relation-types.ts';
export { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../model/relation-types.ts';

export type EventKind = 'meeting' | 'signing' | 'visit' | 'conference' | 'other';

export interface ArticleRecord {
  /** Stable: the same text gives the same id on every run ("a:" + hash). */
  id: string;
  /** The file it came from (its name or path). */
  source: string;
  /** [start, end) in the source file's decoded text, JS string indices. */
  span: [number, number];
  title: string | null;
  /** ISO date (YYYY-MM-DD) of the reported event, or null. */
  date: string | null;
  /** Ours (docs/FORMAT.md): true when nothing in the file gave the date's year, only the day it was read (`--read-on`). */
  yearAssumed?: true;
}

export interface EntityRecord {
  /** Stable across runs and articles: one real thing, one id. */
  id: string;
  type: EntityType;
  /** Canonical name, simplified script. */
  name: string;
  aliases: string[];
  /** Article ids where it was mentioned. */
  articles: string[];
  /** Event only. */
  date?: string | null;
  /** Event only. */
  kind?: EventKind;
  /** Event only, ours: its date's year is its article's assumed one (ArticleRecord.yearAssumed). */
  yearAssumed?: true;
}

export interface RelationRecord {
  type: RelationType;
  from: string;
  to: string;
  /** Provenance: the article that states it. */
  article: string;
  /** The sentence that states it, as it reads in the normalized text. */
  evidence: string;
  /** HOLDS_POSITION only: one title per relation. */
  title?: string;
}

export interface Extraction {
  articles: ArticleRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
}
