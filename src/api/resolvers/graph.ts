// The graph around things: what lies within a few hops (neighbors), the shortest connection (path) and the
// nodes and edges for drawing (graph). People on them are clusters: the statements walk every anchor node.
import type { RelationType } from '../../extract/format.ts';
import type { ApiContext } from '../context.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { checkRange, checkText, resolveFromMatches, resolveRef } from '../arguments.ts';
import { continueReach, graphView } from '../graph-view.ts';
import { connection, decodeCursor, pageSize } from '../paging.ts';
import { evidencePairs, type EntityNode, type Evidence } from '../records.ts';
import { largestArgument, selectsField } from '../selection.ts';
import { LIMITS } from './common.ts';

export const hopFields = {
  // The statement sent the largest page any selection asked for; each selection takes its own.
  evidence: (parent: { evidence: Evidence[] }, args: { first?: number | null }) => parent.evidence.slice(0, pageSize(args.first, 20)),
};

export const graphQueries = {
  neighbors: async (
    _root: unknown,
    args: { id: string; relationTypes?: RelationType[] | null; depth?: number | null; first?: number | null; after?: string | null },
    ctx: ApiContext,
    info: GraphQLResolveInfo,
  ) => {
    const depth = checkRange('depth', args.depth ?? 1, 1, 3);
    const size = pageSize(args.first, 50);
    const skip = decodeCursor(args.after);
    const types = args.relationTypes?.length ? args.relationTypes : null;
    const cap = Math.min(LIMITS.maxNeighbors, skip + size + 1);
    // One statement: the center resolved inside, the first two steps walked there (api-neighbors). Asked again
    // by id when the center came from the full-text index; a third step continues as reachable does.
    const text = checkText('id', args.id);
    // The reached things' aliases, dates and kinds cost reads: asked only when the query shows them.
    const details = ['aliases', 'date', 'kind'].some((field) => selectsField(info, ['edges', 'node'], field));
    let asked = await ctx.store.neighborsOf(text, depth, types, cap + 1, details);
    const center = await resolveFromMatches(ctx, 'id', text, null, asked.matches);
    if (asked.centerId !== center.id) asked = await ctx.store.neighborsOf(center.id, depth, types, cap + 1, details);
    let reached = asked.reached.slice(0, cap);
    // A walk the statement's cap did not cut continues from its frontier (depth 3) as reachable walks.
    if (depth > 2 && asked.reached.length <= cap) {
      const walk = { reached, seen: [center.id, ...reached.map((r) => r.entity.id)], distance: 2,
                     frontier: reached.filter((r) => r.distance === 2).map((r) => r.entity.id) };
      reached = (await continueReach(ctx.store, walk, depth, types, cap)).reached;
    }
    return connection(
      reached.slice(skip, skip + size + 1).map((r) => ({ node: r.entity, distance: r.distance })),
      skip,
      size,
    );
  },

  // One statement: both ends are resolved inside the path's statement (api-path), which sends each hop's
  // evidence only as far as the query's `hops { evidence(first:) }` asks.
  path: async (_root: unknown, args: { from: string; to: string; maxLength?: number | null }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const maxLength = checkRange('maxLength', args.maxLength ?? 4, 1, LIMITS.maxPathLength);
    const [fromText, toText] = [checkText('from', args.from), checkText('to', args.to)];
    const evidence = pageSize(largestArgument(info, ['hops'], 'Hop', 'evidence', 'first') ?? 0, 0);
    // Nodes' aliases, dates and kinds and the evidence's articles cost reads: asked only when the query shows them.
    const detail = (parents: string[]) => ['aliases', 'date', 'kind'].some((field) => selectsField(info, parents, field));
    const shows = {
      nodeDetails: detail(['nodes']) || detail(['hops', 'from']) || detail(['hops', 'to']),
      evidenceArticles: selectsField(info, ['hops', 'evidence'], 'article'),
    };
    let asked = await ctx.store.pathBetween(fromText, toText, evidence, shows);
    const [from, to] = await Promise.all([
      resolveFromMatches(ctx, 'from', fromText, null, asked.fromMatches),
      resolveFromMatches(ctx, 'to', toText, null, asked.toMatches),
    ]);
    if (from.id === to.id) return { length: 0, nodes: [from], hops: [] };
    // An end found through the full-text index (no exact match): the path is asked again, by ids.
    if (asked.fromId !== from.id || asked.toId !== to.id) asked = await ctx.store.pathBetween(from.id, to.id, evidence, shows);
    const found = asked.path;
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
          evidenceCount: hop.evidenceCount,
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
