// What the resolvers by concern share: the caps on a request's work, and reading an entity's relationships
// (through the request's batching loaders, spent from its budget) as entities, pages and evidence.
import type { RelationType } from '../../extract/format.ts';
import type { ApiContext } from '../context.ts';
import { MAX_REF_LENGTH } from '../arguments.ts';
import { connection, decodeCursor, pageSize } from '../paging.ts';
import { positionsOver, type Position } from '../positions.ts';
import { evidencePairs, type EntityNode, type Evidence, type RelationEdge } from '../records.ts';

/** Caps on work a single request can cause. */
export const LIMITS = {
  maxNeighbors: 1_000,
  maxGraphNodes: 2_000,
  maxPathLength: 6,
  maxRefLength: MAX_REF_LENGTH,
  /** Bodies holders() looks in (a city's parts run to hundreds). */
  maxHolderBodies: 2_000,
  maxDocuments: 50,
  maxDocumentChars: 1_000_000,
};

export const TAKING_PART: RelationType[] = ['ATTENDED', 'CHAIRED', 'LED'];

/** Each entity once, in name order (stable answers whatever order Neo4j returns them in). */
export function unique(entities: EntityNode[]): EntityNode[] {
  const seen = new Map<string, EntityNode>();
  for (const entity of entities) if (!seen.has(entity.id)) seen.set(entity.id, entity);
  return [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** What a loader's loadMany found, in order: ids whose node is gone are left out; a failed load (Neo4j
 * unavailable, a timeout) fails the field rather than passing for an empty list. */
export function found<T>(loaded: (T | null | Error)[]): T[] {
  const error = loaded.find((item): item is Error => item instanceof Error);
  if (error) throw error;
  return loaded.filter((item): item is T => item !== null);
}

function newestFirst(events: EntityNode[]): EntityNode[] {
  return [...events].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.name.localeCompare(b.name));
}

/** `parent`'s relationships of `types`, outgoing, incoming or (null) either way: spent from the request's budget. */
export async function related(ctx: ApiContext, parent: EntityNode, types: RelationType[] | null, outgoing: boolean | null) {
  const edges = await ctx.loaders.relations.load({ id: parent.id, types, outgoing });
  ctx.budget.spend(edges.length);
  return edges;
}

/** The entities at the other end of those relationships. */
export async function relatedEntities(ctx: ApiContext, parent: EntityNode, types: RelationType[], outgoing: boolean | null) {
  return unique((await related(ctx, parent, types, outgoing)).map((edge) => edge.other));
}

export function evidenceOf(edge: RelationEdge): Evidence[] {
  return evidencePairs(edge.articleIds, edge.evidence);
}

export function participations(edges: RelationEdge[]) {
  return edges.map((edge) => ({ entity: edge.other, role: edge.type, evidence: evidenceOf(edge) }));
}

/** The fields of the Entity interface every entity type shares. */
export const entityFields = {
  articles: async (parent: EntityNode, _args: unknown, ctx: ApiContext) => {
    const ids = await ctx.loaders.articleIds.load(parent.id);
    ctx.budget.spend(ids.length); // a hub's articles run to thousands, like its relations
    return found(await ctx.loaders.article.loadMany(ids));
  },
  relations: async (parent: EntityNode, args: { types?: RelationType[] | null }, ctx: ApiContext) => {
    const edges = await related(ctx, parent, args.types?.length ? args.types : null, null);
    return edges.map((edge) => ({
      type: edge.type,
      from: edge.outgoing ? parent : edge.other,
      to: edge.outgoing ? edge.other : parent,
      title: edge.title,
      evidence: evidenceOf(edge),
    }));
  },
};

/** Posts over time in these bodies (all of each body's posts are read: a seat's end is its next holder). */
export async function positionsIn(ctx: ApiContext, bodyIds: string[]): Promise<Position[]> {
  const rows = found(await ctx.loaders.bodyPositions.loadMany(bodyIds)).flat();
  ctx.budget.spend(rows.length);
  return positionsOver(rows);
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A page of the events at the other end of `parent`'s relationships, newest first. */
export async function eventPage(ctx: ApiContext, parent: EntityNode, types: RelationType[], outgoing: boolean, args: PageArgs) {
  const size = pageSize(args.first, 20);
  const skip = decodeCursor(args.after);
  const events = newestFirst(await relatedEntities(ctx, parent, types, outgoing));
  return connection(events.slice(skip, skip + size + 1).map((node) => ({ node })), skip, size);
}
