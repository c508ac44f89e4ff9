// The questions (coAttendees, search, neighbors, path, events, pairings, the graph's nodes and edges): each one
// statement that resolves what the user typed inside, over the lookups and the connection it extends.
import type { EntityType, RelationType } from '../extract/format.ts';
import { mergeEdges } from './clusters.ts';
import { fullTextQuery } from './lucene.ts';
import { MAX_FIRST } from './paging.ts';
import { strings, toEntity, type EntityNode } from './records.ts';
import type { Props } from './store-connection.ts';
import { StoreLookups, toExactMatches } from './store-lookups.ts';
import { CO_ATTENDANCE_PAGE, NO_RANGE, toCoAttendanceRows, toPathResult, type CoAttendanceRow, type DateRange, type ResolvedRef, type EdgeRow, type EventFilter, type PairingRow, type PathBetween } from './store-rows.ts';

export type { StoreOptions } from './store-connection.ts';
export type { CoAttendanceRow, DateRange, PersonContext, ResolvedRef, EdgeRow, EventFilter, PairingRow, PathBetween, PathResult } from './store-rows.ts';
export { NO_RANGE } from './store-rows.ts';
export { luceneEscape } from './lucene.ts';
export { CO_ATTENDANCE_PAGE } from './store-rows.ts';

/** The one row of api-neighbors: the center's exact matches, the id it took, and what the first two steps reached. */
export interface NeighborsOf {
  matches: ResolvedRef[];
  centerId: string | null;
  reached: { entity: EntityNode; distance: number }[];
}

/** The shape of the graph's ids (`p:` + 16 hex digits: entityId in src/extract/resolve.ts, anchoredId in
 * src/identity/decide.ts): such a text is sent to the statements that look up ids only. A text of that shape
 * that is not an id costs one more round trip, never another answer. */
const ID_SHAPE = /^[a-z]:[0-9a-f]{16}$/;
export function looksLikeId(text: string): boolean {
  return ID_SHAPE.test(text);
}

/** Raw full-text hits read at most for one page of search (a person's anchor nodes count once). */
const MAX_SEARCH_FETCH = 100_000;
/** A short page's second Lucene ask, inside the statement: this many times the first, and at least MIN_SEARCH_MORE. */
const SEARCH_MORE = 16;
const MIN_SEARCH_MORE = 500;

/** Of a co-attendance answer, the fields that cost a read per row or event, as far as the query shows them. */
export interface CoAttendanceShows {
  personAliases: boolean;
  eventAliases: boolean;
  eventKind: boolean;
}
export const SHOWS_ALL: CoAttendanceShows = { personAliases: true, eventAliases: true, eventKind: true };

/** Of a path, what costs reads beyond ids and names: the nodes' aliases, dates, kinds; the evidence's articles. */
export interface PathShows {
  nodeDetails: boolean;
  evidenceArticles: boolean;
}
export const PATH_SHOWS_ALL: PathShows = { nodeDetails: true, evidenceArticles: true };

/** `events`: the largest page of shared events the query can ask for (ids sent), of which the default page whole. */
function coAttendeesParams(ref: string | null, ids: readonly string[], first: number, range: DateRange, events = MAX_FIRST, shows = SHOWS_ALL): Props {
  return { ref, ids, first, maxEvents: events, pageEvents: Math.min(CO_ATTENDANCE_PAGE, events), from: range?.from ?? null, to: range?.to ?? null, ...shows };
}

export class Store extends StoreLookups {
  /** Every field shown: the loaders (Person.coAttendees) answer whatever the query selects. */
  async coAttendees(ids: readonly string[], first: number, range: DateRange = NO_RANGE): Promise<Map<string, CoAttendanceRow[]>> {
    const byId = new Map<string, CoAttendanceRow[]>();
    for (const row of await this.rows('api-co-attendees', coAttendeesParams(null, ids, first, range))) {
      if (row.id !== null) byId.set(String(row.id), toCoAttendanceRows(row));
    }
    return byId;
  }

  /** coAttendees of what a user typed, resolved in the same statement: the exact matches it found (at most
   * `candidates`), and the answer when they are one person (`id`). `events`: the largest `events(first:)` the
   * query asks of a row (0: none), so the rows carry no more event ids than that (100 each, 36 kB for the 1k
   * hub's 20 rows, when the bench's query shows 20). `shows`: aliases and kinds are read only when shown (the
   * rows' entities then have [] and null there). */
  async coAttendeesOf(ref: string, first: number, range: DateRange = NO_RANGE, events = MAX_FIRST, shows = SHOWS_ALL): Promise<{ matches: ResolvedRef[]; id: string | null; rows: CoAttendanceRow[] }> {
    const [row] = await this.rows('api-co-attendees', coAttendeesParams(ref, [], first, range, events, shows));
    if (!row) return { matches: [], id: null, rows: [] };
    return { matches: toExactMatches(row.matches as Props[]), id: row.id === null ? null : String(row.id), rows: toCoAttendanceRows(row) };
  }

  /** `details`: the hits' aliases, dates and kinds read (else [] and null: the query does not show them). */
  async search(text: string, types: EntityType[] | null, skip: number, limit: number, details = true) {
    // One person's anchor nodes are one hit, so skip + limit raw hits may fill less than the page: the statement
    // then asks Lucene again itself for `more` (one round trip: the 100k hub's 97 anchors took three before).
    // Only when even that page comes out short and Lucene had as many hits as asked for is it asked again here.
    let fetch: number | null = types ? null : skip + limit;
    for (;;) {
      const more = fetch === null ? null : Math.min(Math.max(fetch * SEARCH_MORE, MIN_SEARCH_MORE), MAX_SEARCH_FETCH);
      const rows = await this.rows('api-search', { query: fullTextQuery(text), types, fetch, more, skip, limit, details });
      const hits = rows.length > 0 ? Number(rows[0]!.hits) : 0;
      const fetched = rows.length > 0 && rows[0]!.fetched !== null ? Number(rows[0]!.fetched) : fetch;
      const page = rows.filter((row) => row.entity !== null);
      if (fetched === null || page.length >= limit || hits < fetched || fetched >= MAX_SEARCH_FETCH) {
        return page.map((row) => ({ entity: toEntity(row.entity as Props), score: Number(row.score) }));
      }
      fetch = Math.min(fetched * SEARCH_MORE, MAX_SEARCH_FETCH);
    }
  }

  /** neighbors of what a user typed, resolved in the same statement: its exact matches, the id it took (null:
   * none, or several things), and up to `limit` entities of the first two steps from it, nearest first. */
  async neighborsOf(ref: string, depth: number, types: RelationType[] | null, limit: number, details = true): Promise<NeighborsOf> {
    const [row] = await this.rows('api-neighbors', { ref, depth, types, limit, details });
    return {
      matches: toExactMatches((row?.matches ?? []) as Props[]),
      centerId: typeof row?.center === 'string' ? row.center : null,
      reached: ((row?.reached ?? []) as Props[]).map((r) => ({ entity: toEntity(r.entity as Props), distance: Number(r.distance) })),
    };
  }

  async neighborsStep(frontier: string[], seen: string[], types: RelationType[] | null, limit: number) {
    const rows = await this.rows('api-neighbors-step', { frontier, seen, types, limit });
    return rows.map((row) => toEntity(row.entity as Props));
  }

  /** The shortest path between what a user typed as its two ends, resolved in the same statement: each end's
   * exact matches, the ids it took for them (null: none, or several people), and the path between those ids
   * with at most `evidence` sentences per hop. `shows`: node details and evidence articles read only when shown. */
  async pathBetween(from: string, to: string, evidence: number, shows = PATH_SHOWS_ALL): Promise<PathBetween> {
    const params = { from, to, evidence, ...shows };
    // Two ids (the usual call after a first answer): api-path-ids, without the name lookups; an id-shaped text
    // that is no id in the graph is asked again as api-path asks any text (a name, then the full-text index).
    let [row] = looksLikeId(from) && looksLikeId(to) ? await this.rows('api-path-ids', params) : [];
    if (!row || row.fromId === null || row.toId === null) [row] = await this.rows('api-path', params);
    return {
      fromMatches: toExactMatches((row?.fromMatches ?? []) as Props[]),
      toMatches: toExactMatches((row?.toMatches ?? []) as Props[]),
      fromId: typeof row?.fromId === 'string' ? row.fromId : null,
      toId: typeof row?.toId === 'string' ? row.toId : null,
      path: row && row.nodes !== null ? toPathResult(row) : null,
    };
  }

  async events(filter: EventFilter): Promise<EntityNode[]> {
    const { districtId: district, ...rest } = filter;
    const rows = await this.rows('api-events', { district, ...rest });
    return rows.map((row) => toEntity(row.event as Props));
  }

  async pairings(id: string | null): Promise<PairingRow[]> {
    const rows = await this.rows('api-pairings', { id });
    return rows.map((row) => ({
      a: toEntity(row.a as Props),
      b: toEntity(row.b as Props),
      articleIds: strings(row.articles),
      evidence: strings(row.evidence),
    }));
  }

  async graphNodes(limit: number): Promise<EntityNode[]> {
    const rows = await this.rows('api-graph-nodes', { limit });
    return rows.map((row) => toEntity(row.node as Props));
  }

  /** Edges among the entities `ids` (a person's id is its cluster's). */
  async graphEdges(ids: string[], limit: number): Promise<EdgeRow[]> {
    const rows = await this.rows('api-graph-ego-edges', { ids, limit });
    const edges = rows.map((row) => ({
      source: String(row.source),
      target: String(row.target),
      type: row.type as RelationType,
      title: typeof row.title === 'string' ? row.title : null,
      articleIds: strings(row.articles),
      evidence: strings(row.evidence),
    }));
    // Two anchor nodes of one person with the same relation to the same entity draw one edge.
    return mergeEdges(edges, (e) => `${e.type}|${e.source}|${e.target}|${e.title ?? ''}`);
  }
}
