// The graph around things: what lies within a few hops (neighbors), the shortest connection (path) and the
// nodes and edges for drawing (graph). People on them are clusters: the statements walk every anchor node.
import type { RelationType } from '../../extract/format.ts';
import type { ApiContext } from '../context.ts';
import { checkRange, resolveRef } from '../arguments.ts';
import { graphView, reachable } from '../graph-view.ts';
import { connection, decodeCursor, pageSize } from '../paging.ts';
import { evidencePairs, type EntityNode } from '../records.ts';
import { LIMITS } from './common.ts';

export const graphQueries = {
  neighbors: async (
    _root: unknown,
    args: { id: string; relationTypes?: RelationType[] | null; depth?: number | null; first?: number | null; after?: string | null },
    ctx: ApiContext,
  ) => {
    const depth = checkRange('depth', args.depth ?? 1, 1, 3);
    const size = pageSize(args.first, 50);
    const skip = decodeCursor(args.after);
    const center = await resolveRef(ctx, 'id', args.id, null);
    const types = args.relationTypes?.length ? args.relationTypes : null;
    const { reached } = await reachable(ctx.store, center, depth, types, Math.min(LIMITS.maxNeighbors, skip + size + 1));
    return connection(
      reached.slice(skip, skip + size + 1).map((r) => ({ node: r.entity, distance: r.distance })),
      skip,
      size,
    );
  },

  path: async (_root: unknown, args: { from: string; to: string; maxLength?: number | null }, ctx: ApiContext) => {
    const maxLength = checkRange('maxLength', args.maxLength ?? 4, 1, LIMITS.maxPathLength);
    const [from, to] = await Promise.all([resolveRef(ctx, 'from', args.from, null), resolveRef(ctx, 'to', args.to, null)]);
    if (from.id === to.id) return { length: 0, nodes: [from], hops: [] };
    const found = await ctx.store.path(from.id, to.id);
    if (!found || found.hops.length > maxLength) return null;
    return {
      length: found.hops.length,
      nodes: found.nodes,
      hops: found.hops.map((hop, i) => {
        const [a, b] = [found.nodes[i] as EntityNode, found.nodes[i + 1] as EntityNode];
        return {
          from: a,
          to: b,
          relation: hop.type,
          forward: hop.from === a.id,
          title: hop.title,
          evidence: evidencePairs(hop.articleIds, hop.evidence),
        };
      }),
    };
  },

  graph: async (_root: unknown, args: { center?: string | null; depth?: number | null }, ctx: ApiContext) => {
    const depth = checkRange('depth', args.depth ?? 2, 0, 3);
    const center = args.center ? await resolveRef(ctx, 'center', args.center, null) : null;
    return graphView(ctx.store, center, depth, LIMITS.maxGraphNodes);
  },
};
