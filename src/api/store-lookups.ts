// Lookups by id or name: resolving what a user typed, entities, articles, relations, posts and provenance.
import neo4j from 'neo4j-driver';
import type { EntityType, RelationType } from '../extract/format.ts';
import { mergeEdges } from './clusters.ts';
import { fullTextQuery } from './lucene.ts';
import { mergedPositions, toPositionRow, type PositionRow } from './positions.ts';
import { strings, toArticle, toEntity, toRelationEdge, type ArticleNode, type EntityNode, type RelationEdge } from './records.ts';
import { StoreConnection, type Props } from './store-connection.ts';
import type { PersonContext, ResolvedRef } from './store-rows.ts';

function rankOf(row: Props): number {
  return neo4j.isInt(row.rank) ? row.rank.toNumber() : Number(row.rank);
}

/** Rows of api-resolve-exact (or the `matches` of a question that resolves its own ref): rank 1 an id, 0 a name.
 * A question's statement sends a person's aliases as null when its answer cannot show them: `partial` then. */
export function toExactMatches(rows: Props[]): ResolvedRef[] {
  return rows.map((row) => {
    const entity = row.entity as Props;
    const found: ResolvedRef = { entity: toEntity(entity), matched: rankOf(row) === 1 ? 'id' : 'name' };
    return entity.aliases === null ? { ...found, partial: true } : found;
  });
}

export class StoreLookups extends StoreConnection {
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

  protected async grouped<T>(name: string, ids: readonly string[], map: (row: Props) => T): Promise<Map<string, T[]>> {
    const byId = new Map<string, T[]>();
    for (const row of await this.rows(name, { ids })) {
      const id = String(row.id);
      byId.set(id, [...(byId.get(id) ?? []), map(row)]);
    }
    return byId;
  }
}
