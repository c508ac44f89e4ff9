// What the store's statements return, as plain objects (the rows of api-*.cypher that are not one entity
// or article: those are in records.ts).
import neo4j from 'neo4j-driver';
import type { RelationType } from '../extract/format.ts';
import { EVENTS_CARRIED } from '../graph/co-attendance.ts';
import { strings, toEntity, toTypedEntity, type EntityNode } from './records.ts';

type Props = Record<string, unknown>;

export interface CoAttendanceRow {
  person: EntityNode;
  /** Events both took part in. */
  count: number;
  /** Ids of the newest of them (as many as a page can hold), newest first. */
  eventIds: string[];
  /** The newest CO_ATTENDANCE_PAGE of them whole, newest first (the default page needs no other statement). */
  events: EntityNode[];
}

/**
 * Shared events sent whole with each co-attendee: the default page of CoAttendance.events, as many as the
 * co-attendance projection's rows carry names and dates of (no Event node read for them).
 */
export const CO_ATTENDANCE_PAGE = EVENTS_CARRIED;

export interface PathResult {
  nodes: EntityNode[];
  /** Each hop's first sentences as asked (and their articles, index by index), and how many it has in all. */
  hops: { type: RelationType; from: string; title: string | null; articleIds: string[]; evidence: string[]; evidenceCount: number }[];
}

/** The one row of api-path: each end's exact matches, the ids it took, and the path when both were one thing. */
export interface PathBetween {
  fromMatches: ResolvedRef[];
  toMatches: ResolvedRef[];
  fromId: string | null;
  toId: string | null;
  path: PathResult | null;
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
  /** Its aliases were not read (sent as []): it must not stand in for the entity elsewhere. */
  partial?: boolean;
}

/** A few posts and places of a person (what tells namesakes apart). */
export interface PersonContext {
  id: string;
  posts: { title: string; body: string }[];
  places: string[];
}

/** A row of api-co-attendees: its people, each with the shared events of the default page whole. */
export function toCoAttendanceRows(row: Props): CoAttendanceRow[] {
  // The statement sends no labels: page events are Events and co-attendees People.
  const page = new Map<string, EntityNode>();
  for (const item of row.pageEvents as Props[]) page.set(String(item.id), toTypedEntity(item, 'Event'));
  return (row.rows as Props[]).map((item) => {
    const eventIds = strings(item.events);
    const events: EntityNode[] = [];
    for (let i = 0; i < eventIds.length && i < CO_ATTENDANCE_PAGE; i++) {
      const event = page.get(eventIds[i]!);
      if (event) events.push(event);
    }
    return { person: toTypedEntity(item.person as Props, 'Person'), count: neo4j.isInt(item.count) ? item.count.toNumber() : Number(item.count), eventIds, events };
  });
}

/** The row of api-path: its nodes and hops, each hop with its evidence. */
export function toPathResult(row: Props): PathResult {
  return {
    nodes: (row.nodes as Props[]).map(toEntity),
    hops: (row.hops as Props[]).map((hop) => ({
      type: hop.type as RelationType,
      from: String(hop.from),
      title: typeof hop.title === 'string' ? hop.title : null,
      // Article ids come only when the query shows the evidence's articles (else one '' per sentence, unread).
      articleIds: hop.articles === null || hop.articles === undefined ? strings(hop.evidence).map(() => '') : strings(hop.articles),
      evidence: strings(hop.evidence),
      evidenceCount: neo4j.isInt(hop.evidenceCount) ? hop.evidenceCount.toNumber() : Number(hop.evidenceCount),
    })),
  };
}
