// The API's only door to Neo4j: named api-*.cypher statements, each one auto-commit read, their records
// turned into plain objects, and driver failures turned into coded GraphQL errors. While Neo4j is
// known to be down, calls fail at once after a cheap connectivity probe (at most one per
// `probeIntervalMs`), and the first successful probe lets traffic through again.
import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { readOnce } from '../graph/cypher.ts';
import type { EntityType, RelationType } from '../extract/format.ts';
import { apiError, isTimeout, isUnavailable } from './errors.ts';
import { fullTextQuery } from './lucene.ts';
import { MAX_FIRST } from './paging.ts';
import { CO_ATTENDANCE_PAGE, NO_RANGE, toCoAttendanceRows, toPathResult, type CoAttendanceRow, type DateRange, type PersonContext, type ResolvedRef, type EdgeRow, type EventFilter, type PairingRow, type PathBetween } from './store-rows.ts';
import { mergedPositions, toPositionRow, type PositionRow } from './positions.ts';
import { mergeEdges } from './clusters.ts';
import {
  strings,
  toArticle,
  toEntity,
  toRelationEdge,
  type ArticleNode,
  type EntityNode,
  type RelationEdge,
} from './records.ts';

export interface StoreOptions {
  /** Server-side transaction timeout for every API statement. */
  queryTimeoutMs?: number;
  /** How often, at most, a request may probe a Neo4j known to be down. */
  probeIntervalMs?: number;
}

export type { CoAttendanceRow, DateRange, PersonContext, ResolvedRef, EdgeRow, EventFilter, PairingRow, PathBetween, PathResult } from './store-rows.ts';
export { NO_RANGE } from './store-rows.ts';
export { luceneEscape } from './lucene.ts';
export { CO_ATTENDANCE_PAGE } from './store-rows.ts';

type Props = Record<string, unknown>;

/** The one row of api-neighbors: the center's exact matches, the id it took, and what the first two steps reached. */
export interface NeighborsOf {
  matches: ResolvedRef[];
  centerId: string | null;
  reached: { entity: EntityNode; distance: number }[];
}

/** Raw full-text hits read at most for one page of search (a person's anchor nodes count once). */
const MAX_SEARCH_FETCH = 100_000;
/** A short page's second Lucene ask, inside the statement: this many times the first, and at least MIN_SEARCH_MORE. */
const SEARCH_MORE = 16;
const MIN_SEARCH_MORE = 500;

/** Numeric parameters here are all counts (limit, skip, first), which Cypher wants as integers, not floats. */
function rankOf(row: Props): number {
  return neo4j.isInt(row.rank) ? row.rank.toNumber() : Number(row.rank);
}

/** Rows of api-resolve-exact (or the `matches` of a question that resolves its own ref): rank 1 an id, 0 a name. */
function toExactMatches(rows: Props[]): ResolvedRef[] {
  return rows.map((row) => ({ entity: toEntity(row.entity as Props), matched: rankOf(row) === 1 ? 'id' : 'name' }));
}

/** `events`: the largest page of shared events the query can ask for (ids sent), of which the default page whole. */
function coAttendeesParams(ref: string | null, ids: readonly string[], first: number, range: DateRange, events = MAX_FIRST): Props {
  return { ref, ids, first, maxEvents: events, pageEvents: Math.min(CO_ATTENDANCE_PAGE, events), from: range?.from ?? null, to: range?.to ?? null };
}

function integerCounts(params: Props): Props {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'number' ? neo4j.int(value) : value]),
  );
}


export class Store {
  private down = false;
  private lastProbe = 0;
  private probing: Promise<boolean> | null = null;
  private readonly queryTimeoutMs: number;
  private readonly probeIntervalMs: number;

  constructor(
    readonly driver: Driver,
    options: StoreOptions = {},
  ) {
    this.queryTimeoutMs = options.queryTimeoutMs ?? 10_000;
    this.probeIntervalMs = options.probeIntervalMs ?? 1_000;
  }

  /** Whether the last contact with Neo4j failed for want of a connection. */
  get unavailable(): boolean {
    return this.down;
  }

  private async probe(): Promise<boolean> {
    if (this.probing) return this.probing;
    if (Date.now() - this.lastProbe < this.probeIntervalMs) return !this.down;
    this.lastProbe = Date.now();
    this.probing = this.driver
      .verifyConnectivity()
      .then(
        () => true,
        () => false,
      )
      .then((up) => {
        this.down = !up;
        this.probing = null;
        return up;
      });
    return this.probing;
  }

  private async run<R extends RecordShape = Props>(name: string, params: Props): Promise<QueryResult<R>> {
    if (this.down && !(await this.probe())) {
      throw apiError('NEO4J_UNAVAILABLE', 'Neo4j is unavailable (the last connection attempt failed); retry shortly');
    }
    try {
      return await readOnce<R>(this.driver, name, integerCounts(params), { timeoutMs: this.queryTimeoutMs });
    } catch (error) {
      if (isUnavailable(error)) {
        this.down = true;
        this.lastProbe = Date.now();
        throw apiError('NEO4J_UNAVAILABLE', `Neo4j is unavailable: ${(error as Error).message}`);
      }
      if (isTimeout(error)) {
        throw apiError('QUERY_TIMEOUT', `the query ran longer than ${this.queryTimeoutMs} ms and was stopped`);
      }
      throw error;
    }
  }

  private async rows(name: string, params: Props): Promise<Props[]> {
    const result = await this.run(name, params);
    return result.records.map((record) => record.toObject() as Props);
  }

  /** Neo4j reachable and the schema applied (the full-text index online). */
  async ready(): Promise<{ ready: boolean; reason?: string }> {
    try {
      const rows = await this.rows('api-ready', {});
      const state = rows[0]?.state;
      if (state === 'ONLINE') return { ready: true };
      return { ready: false, reason: state ? `full-text index entityNames is ${String(state)}` : 'schema not applied (no entityNames index)' };
    } catch (error) {
      return { ready: false, reason: (error as Error).message };
    }
  }

  /** The graph's version token (null before anything was loaded): it changes with every write. */
  async graphVersion(): Promise<string | null> {
    const [row] = await this.rows('api-graph-version', {});
    return typeof row?.version === 'string' ? row.version : null;
  }

  /** An exact id or name first (indexed, one statement); only failing that, the full-text index. */
  async resolve(ref: string, types: EntityType[] | null, limit = 1): Promise<EntityNode[]> {
    return (await this.resolveRanked(ref, types, limit)).map((found) => found.entity);
  }

  /** As resolve, with how each matched: `exact` for an id, a name or an alias equal to `ref`. */
  async resolveRanked(ref: string, types: EntityType[] | null, limit: number): Promise<ResolvedRef[]> {
    const exact = toExactMatches(await this.rows('api-resolve-exact', { ref, types, limit }));
    return exact.length > 0 ? exact : this.resolveText(ref, types, limit);
  }

  /** The full-text fallback of resolveRanked: an exact alias (`alias`), else names or aliases containing `ref`. */
  async resolveText(ref: string, types: EntityType[] | null, limit: number): Promise<ResolvedRef[]> {
    const rows = await this.rows('api-resolve-text', { ref, query: fullTextQuery(ref), types, limit });
    return rows.map((row) => ({ entity: toEntity(row.entity as Props), matched: rankOf(row) === 1 ? 'alias' : 'text' }));
  }

  /** A few posts and places of each person, to tell namesakes apart. */
  async personContexts(ids: readonly string[]): Promise<PersonContext[]> {
    const rows = await this.rows('api-resolve-candidates', { ids });
    return rows.map((row) => ({
      id: String(row.id),
      posts: (row.posts as Props[]).map((post) => ({ title: String(post.title), body: String(post.body) })),
      // The districts of its posts first, then those that anchor its nodes (a bare name's home district).
      places: [...new Set([...strings(row.places), ...strings(row.anchorPlaces)])].slice(0, 5),
    }));
  }

  /** Every post held in each of the bodies, with the dates of the articles that state it. */
  async positionsOfBodies(ids: readonly string[]): Promise<Map<string, PositionRow[]>> {
    return mergedPositions(await this.grouped('api-positions-of-bodies', ids, toPositionRow));
  }

  /** For each person, every post held in the bodies where they hold one (needed for their posts' ends). */
  async positionsAroundPeople(ids: readonly string[]): Promise<Map<string, PositionRow[]>> {
    return mergedPositions(await this.grouped('api-positions-of-people', ids, toPositionRow));
  }

  /** The ids of the bodies holders() looks in for the body `id`: itself, its parts, names that extend its name. */
  async bodyTree(id: string, limit: number): Promise<string[]> {
    return (await this.rows('api-holders-bodies', { id, limit })).map((row) => String(row.id));
  }

  /** The ids of the articles that mention each entity (provenance, read only when asked). */
  async entityArticleIds(ids: readonly string[]): Promise<Map<string, string[]>> {
    // A person's rows are its anchor nodes': their articles joined (an article once).
    const byId = new Map<string, string[]>();
    for (const row of await this.rows('api-entity-articles', { ids })) {
      const id = String(row.id);
      byId.set(id, [...new Set([...(byId.get(id) ?? []), ...strings(row.articles)])]);
    }
    return byId;
  }

  /** Entities by the id asked for: an anchor node's id of a person answers with its cluster (another id). */
  async entities(ids: readonly string[]): Promise<Map<string, EntityNode>> {
    const rows = await this.rows('api-entities', { ids });
    return new Map(rows.map((row) => [String(row.id), toEntity(row.entity as Props)]));
  }

  async articles(ids: readonly string[]): Promise<ArticleNode[]> {
    const rows = await this.rows('api-articles', { ids });
    return rows.map((row) => toArticle(row.article as Props));
  }

  /** Relationships of `types` (null: any) around each id, in one direction (null: both), grouped by id. */
  async relations(
    ids: readonly string[],
    types: readonly RelationType[] | null,
    outgoing: boolean | null,
  ): Promise<Map<string, RelationEdge[]>> {
    const byId = new Map<string, RelationEdge[]>();
    for (const row of await this.rows('api-relations', { ids, types, outgoing })) {
      const id = String(row.id);
      byId.set(id, [...(byId.get(id) ?? []), toRelationEdge(row)]);
    }
    // Two anchor nodes of one person with the same relation to the same entity are one relation.
    return new Map([...byId].map(([id, edges]) => [id, mergeEdges(edges, (e) => `${e.type}|${e.outgoing}|${e.other.id}|${e.title ?? ''}`)]));
  }

  async reported(ids: readonly string[]): Promise<Map<string, ArticleNode[]>> {
    return this.grouped('api-reported', ids, (row) => toArticle(row.article as Props));
  }

  async reporters(ids: readonly string[]): Promise<Map<string, EntityNode[]>> {
    return this.grouped('api-reporters', ids, (row) => toEntity(row.person as Props));
  }

  private async grouped<T>(name: string, ids: readonly string[], map: (row: Props) => T): Promise<Map<string, T[]>> {
    const byId = new Map<string, T[]>();
    for (const row of await this.rows(name, { ids })) {
      const id = String(row.id);
      byId.set(id, [...(byId.get(id) ?? []), map(row)]);
    }
    return byId;
  }

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
   * hub's 20 rows, when the bench's query shows 20). */
  async coAttendeesOf(ref: string, first: number, range: DateRange = NO_RANGE, events = MAX_FIRST): Promise<{ matches: ResolvedRef[]; id: string | null; rows: CoAttendanceRow[] }> {
    const [row] = await this.rows('api-co-attendees', coAttendeesParams(ref, [], first, range, events));
    if (!row) return { matches: [], id: null, rows: [] };
    return { matches: toExactMatches(row.matches as Props[]), id: row.id === null ? null : String(row.id), rows: toCoAttendanceRows(row) };
  }

  async search(text: string, types: EntityType[] | null, skip: number, limit: number) {
    // One person's anchor nodes are one hit, so skip + limit raw hits may fill less than the page: the statement
    // then asks Lucene again itself for `more` (one round trip: the 100k hub's 97 anchors took three before).
    // Only when even that page comes out short and Lucene had as many hits as asked for is it asked again here.
    let fetch: number | null = types ? null : skip + limit;
    for (;;) {
      const more = fetch === null ? null : Math.min(Math.max(fetch * SEARCH_MORE, MIN_SEARCH_MORE), MAX_SEARCH_FETCH);
      const rows = await this.rows('api-search', { query: fullTextQuery(text), types, fetch, more, skip, limit });
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
  async neighborsOf(ref: string, depth: number, types: RelationType[] | null, limit: number): Promise<NeighborsOf> {
    const [row] = await this.rows('api-neighbors', { ref, depth, types, limit });
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
   * with at most `evidence` sentences per hop. */
  async pathBetween(from: string, to: string, evidence: number): Promise<PathBetween> {
    const [row] = await this.rows('api-path', { from, to, evidence });
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

  /** Edges among `ids`, or among all entities when `ids` is null. */
  async graphEdges(ids: string[] | null, limit: number): Promise<EdgeRow[]> {
    const rows = ids
      ? await this.rows('api-graph-ego-edges', { ids, limit })
      : await this.rows('api-graph-edges', { limit });
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
