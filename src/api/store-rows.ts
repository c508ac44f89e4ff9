// What the store's statements return, as plain objects (the rows of api-*.cypher that are not one entity
// or article: those are in records.ts).
import type { RelationType } from '../extract/format.ts';
import type { EntityNode } from './records.ts';

export interface CoAttendanceRow {
  person: EntityNode;
  /** Events both took part in. */
  count: number;
  /** Ids of the newest of them (as many as a page can hold), newest first. */
  eventIds: string[];
  /** The newest CO_ATTENDANCE_PAGE of them whole, newest first (the default page needs no other statement). */
  events: EntityNode[];
}

/** Shared events sent whole with each co-attendee: the default page of CoAttendance.events. */
export const CO_ATTENDANCE_PAGE = 20;

export interface PathResult {
  nodes: EntityNode[];
  hops: { type: RelationType; from: string; title: string | null; articleIds: string[]; evidence: string[] }[];
}

export interface EdgeRow {
  source: string;
  target: string;
  type: RelationType;
  title: string | null;
  articleIds: string[];
  evidence: string[];
}

export interface PairingRow {
  a: EntityNode;
  b: EntityNode;
  articleIds: string[];
  evidence: string[];
}

export interface EventFilter {
  districtId: string | null;
  from: string | null;
  to: string | null;
  kind: string | null;
  skip: number;
  limit: number;
}

/** An inclusive range of ISO dates; null ends are open. */
export interface DateRange {
  from?: string | null;
  to?: string | null;
}

export const NO_RANGE: DateRange = { from: null, to: null };

/** How a user's reference matched: `id`, `name` and `alias` are exact; `text` is a full-text match. */
export interface ResolvedRef {
  entity: EntityNode;
  matched: 'id' | 'name' | 'alias' | 'text';
}

/** A few posts and places of a person (what tells namesakes apart). */
export interface PersonContext {
  id: string;
  posts: { title: string; body: string }[];
  places: string[];
}
