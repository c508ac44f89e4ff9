// Resolvers for schema.graphql. They stay thin: arguments are validated here, data comes from the
// store (named api-*.cypher statements) through per-request loaders.
import type { EntityType, RelationType } from '../extract/format.ts';
import type { SourceDocument } from '../extract/index.ts';
import type { ApiContext } from './context.ts';
import type { CoAttendanceRow, DateRange } from './store.ts';
import { checkDate, checkDateRange, checkRange, checkText, MAX_REF_LENGTH, resolveRef, resolveRefOrNull } from './arguments.ts';
import { apiError, badInput } from './errors.ts';
import { graphView, reachable } from './graph-view.ts';
import { connection, decodeCursor, pageSize } from './paging.ts';
import { holdersFilter, positionsOver, type Position } from './positions.ts';
import { evidencePairs, type ArticleNode, type EntityNode, type Evidence, type RelationEdge } from './records.ts';

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

const TAKING_PART: RelationType[] = ['ATTENDED', 'CHAIRED', 'LED'];

/** Each entity once, in name order (stable answers whatever order Neo4j returns them in). */
function unique(entities: EntityNode[]): EntityNode[] {
  const seen = new Map<string, EntityNode>();
  for (const entity of entities) if (!seen.has(entity.id)) seen.set(entity.id, entity);
  return [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** What a loader's loadMany found, in order: ids whose node is gone are left out; a failed load (Neo4j
 * unavailable, a timeout) fails the field rather than passing for an empty list. */
function found<T>(loaded: (T | null | Error)[]): T[] {
  const error = loaded.find((item): item is Error => item instanceof Error);
  if (error) throw error;
  return loaded.filter((item): item is T => item !== null);
}

function newestFirst(events: EntityNode[]): EntityNode[] {
  return [...events].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.name.localeCompare(b.name));
}

/** `parent`'s relationships of `types`, outgoing, incoming or (null) either way: spent from the request's budget. */
async function related(ctx: ApiContext, parent: EntityNode, types: RelationType[] | null, outgoing: boolean | null) {
  const edges = await ctx.loaders.relations.load({ id: parent.id, types, outgoing });
  ctx.budget.spend(edges.length);
  return edges;
}

/** The entities at the other end of those relationships. */
async function relatedEntities(ctx: ApiContext, parent: EntityNode, types: RelationType[], outgoing: boolean | null) {
  return unique((await related(ctx, parent, types, outgoing)).map((edge) => edge.other));
}

function evidenceOf(edge: RelationEdge): Evidence[] {
  return evidencePairs(edge.articleIds, edge.evidence);
}

function participations(edges: RelationEdge[]) {
  return edges.map((edge) => ({ entity: edge.other, role: edge.type, evidence: evidenceOf(edge) }));
}

const entityFields = {
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
async function positionsIn(ctx: ApiContext, bodyIds: string[]): Promise<Position[]> {
  const rows = found(await ctx.loaders.bodyPositions.loadMany(bodyIds)).flat();
  ctx.budget.spend(rows.length);
  return positionsOver(rows);
}

const bodyFields = {
  members: (parent: EntityNode, _args: unknown, ctx: ApiContext) => positionsIn(ctx, [parent.id]),
  partOf: (parent: EntityNode, _args: unknown, ctx: ApiContext) => relatedEntities(ctx, parent, ['PART_OF'], true),
  parts: (parent: EntityNode, _args: unknown, ctx: ApiContext) => relatedEntities(ctx, parent, ['PART_OF'], false),
  pairedWith: (parent: EntityNode, _args: unknown, ctx: ApiContext) => relatedEntities(ctx, parent, ['PAIRED_WITH'], null),
};

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A page of the events at the other end of `parent`'s relationships, newest first. */
async function eventPage(ctx: ApiContext, parent: EntityNode, types: RelationType[], outgoing: boolean, args: PageArgs) {
  const size = pageSize(args.first, 20);
  const skip = decodeCursor(args.after);
  const events = newestFirst(await relatedEntities(ctx, parent, types, outgoing));
  return connection(events.slice(skip, skip + size + 1).map((node) => ({ node })), skip, size);
}

const partyFields = {
  events: (parent: EntityNode, args: PageArgs, ctx: ApiContext) => eventPage(ctx, parent, ['ATTENDED'], true, args),
  signed: (parent: EntityNode, args: PageArgs, ctx: ApiContext) => eventPage(ctx, parent, ['SIGNED'], true, args),
};

/** Federation: an entity reference from another subgraph resolves only to an entity of that type. */
function referenceResolver(type: EntityType) {
  return async (reference: { id: string }, ctx: ApiContext) => {
    const entity = await ctx.loaders.entity.load(reference.id);
    return entity?.__typename === type ? entity : null;
  };
}

/** `__resolveReference` per entity type, for the federation `_entities` field. */
export const referenceResolvers = {
  Person: { __resolveReference: referenceResolver('Person') },
  Organization: { __resolveReference: referenceResolver('Organization') },
  District: { __resolveReference: referenceResolver('District') },
  Enterprise: { __resolveReference: referenceResolver('Enterprise') },
  Event: { __resolveReference: referenceResolver('Event') },
  Article: { __resolveReference: (reference: { id: string }, ctx: ApiContext) => ctx.loaders.article.load(reference.id) },
};

/** Field resolvers, attached to schema.graphql's types by name. */
export const resolvers = {
  Query: {
    // An id, else a name or alias like every other argument (null when nothing answers to it).
    entity: async (_root: unknown, args: { id: string }, ctx: ApiContext) =>
      (await ctx.loaders.entity.load(args.id)) ?? resolveRefOrNull(ctx, 'id', args.id, null),

    article: (_root: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.article.load(args.id),

    search: async (
      _root: unknown,
      args: { text: string; types?: EntityType[] | null; first?: number | null; after?: string | null },
      ctx: ApiContext,
    ) => {
      const text = checkText('text', args.text);
      const size = pageSize(args.first, 20);
      const skip = decodeCursor(args.after);
      const hits = await ctx.store.search(text, args.types?.length ? args.types : null, skip, size + 1);
      return connection(hits.map((hit) => ({ node: hit.entity, score: hit.score })), skip, size);
    },

    coAttendees: async (_root: unknown, args: CoAttendeesArgs & { name: string }, ctx: ApiContext) => {
      const range = checkDateRange(args);
      const person = await resolveRef(ctx, 'name', args.name, ['Person']);
      return coAttendances(ctx, person, args.first, range);
    },

    holders: async (_root: unknown, args: { body: string; title?: string | null; at?: string | null }, ctx: ApiContext) => {
      const at = checkDate('at', args.at);
      const title = args.title === null || args.title === undefined ? null : checkText('title', args.title);
      const body = await resolveRef(ctx, 'body', args.body, ['District', 'Organization', 'Enterprise']);
      const bodyIds = await ctx.store.bodyTree(body.id, LIMITS.maxHolderBodies);
      return holdersFilter(await positionsIn(ctx, bodyIds), title, at);
    },

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

    events: async (
      _root: unknown,
      args: { district?: string | null; from?: string | null; to?: string | null; kind?: string | null; first?: number | null; after?: string | null },
      ctx: ApiContext,
    ) => {
      const { from, to } = checkDateRange(args);
      const size = pageSize(args.first, 20);
      const skip = decodeCursor(args.after);
      const district = args.district ? await resolveRef(ctx, 'district', args.district, ['District']) : null;
      const events = await ctx.store.events({
        districtId: district?.id ?? null,
        from: from ?? null,
        to: to ?? null,
        kind: args.kind ?? null,
        skip,
        limit: size + 1,
      });
      return connection(events.map((node) => ({ node })), skip, size);
    },

    signatories: async (_root: unknown, args: { event: string }, ctx: ApiContext) => {
      const event = await resolveRef(ctx, 'event', args.event, ['Event']);
      return participations(await related(ctx, event, ['SIGNED'], false));
    },

    pairings: async (_root: unknown, args: { district?: string | null }, ctx: ApiContext) => {
      const side = args.district ? await resolveRef(ctx, 'district', args.district, ['District', 'Organization']) : null;
      const rows = await ctx.store.pairings(side?.id ?? null);
      return rows.map((row) => ({ parties: [row.a, row.b], evidence: evidencePairs(row.articleIds, row.evidence) }));
    },

    graph: async (_root: unknown, args: { center?: string | null; depth?: number | null }, ctx: ApiContext) => {
      const depth = checkRange('depth', args.depth ?? 2, 0, 3);
      const center = args.center ? await resolveRef(ctx, 'center', args.center, null) : null;
      return graphView(ctx.store, center, depth, LIMITS.maxGraphNodes);
    },
  },

  Mutation: {
    ingestArticles: async (_root: unknown, args: { documents: SourceDocument[]; replace?: boolean | null }, ctx: ApiContext) => {
      if (ctx.writeRefusal) throw apiError('UNAUTHENTICATED', `ingestArticles refused: ${ctx.writeRefusal}`);
      const documents = args.documents.map((doc, i) => checkDocument(doc, i));
      if (documents.length === 0) throw badInput('documents', 'must hold at least one document');
      if (documents.length > LIMITS.maxDocuments) throw badInput('documents', `at most ${LIMITS.maxDocuments} per call`);
      return { replaced: [], ...(await ctx.ingest(documents, { replace: args.replace === true })) };
    },
  },

  Person: {
    ...entityFields,
    events: (parent: EntityNode, args: PageArgs, ctx: ApiContext) => eventPage(ctx, parent, TAKING_PART, true, args),
    posts: async (parent: EntityNode, _args: unknown, ctx: ApiContext) => {
      const rows = await ctx.loaders.personPositions.load(parent.id);
      ctx.budget.spend(rows.length);
      return positionsOver(rows).filter((post) => post.person.id === parent.id);
    },
    coAttendees: (parent: EntityNode, args: CoAttendeesArgs, ctx: ApiContext) =>
      coAttendances(ctx, parent, args.first, checkDateRange(args)),
    reported: async (parent: EntityNode, _args: unknown, ctx: ApiContext) => {
      const articles = await ctx.loaders.reported.load(parent.id);
      ctx.budget.spend(articles.length);
      return articles;
    },
  },

  Organization: { ...entityFields, ...bodyFields, ...partyFields },

  District: {
    ...entityFields,
    ...bodyFields,
    ...partyFields,
    eventsHeld: (parent: EntityNode, args: PageArgs, ctx: ApiContext) => eventPage(ctx, parent, ['HELD_IN'], false, args),
  },

  Enterprise: { ...entityFields, ...partyFields },

  Event: {
    ...entityFields,
    attendees: (parent: EntityNode, _args: unknown, ctx: ApiContext) => relatedEntities(ctx, parent, TAKING_PART, false),
    chairs: (parent: EntityNode, _args: unknown, ctx: ApiContext) => relatedEntities(ctx, parent, ['CHAIRED'], false),
    leaders: (parent: EntityNode, _args: unknown, ctx: ApiContext) => relatedEntities(ctx, parent, ['LED'], false),
    signatories: (parent: EntityNode, _args: unknown, ctx: ApiContext) => relatedEntities(ctx, parent, ['SIGNED'], false),
    place: async (parent: EntityNode, _args: unknown, ctx: ApiContext) =>
      (await relatedEntities(ctx, parent, ['HELD_IN'], true))[0] ?? null,
    participants: async (parent: EntityNode, _args: unknown, ctx: ApiContext) =>
      participations(await related(ctx, parent, [...TAKING_PART, 'SIGNED'], false)),
    sources: async (parent: EntityNode, _args: unknown, ctx: ApiContext) => {
      // Every article that mentions the event, with the sentences of the relations it supports.
      const articleIds = await ctx.loaders.articleIds.load(parent.id);
      const sentences = new Map<string, Set<string>>(articleIds.map((id) => [id, new Set<string>()]));
      for (const edge of await related(ctx, parent, null, null)) {
        for (const { articleId, sentence } of evidenceOf(edge)) {
          const set = sentences.get(articleId) ?? new Set<string>();
          if (sentence) set.add(sentence);
          sentences.set(articleId, set);
        }
      }
      return [...sentences].map(([articleId, set]) => ({ articleId, sentences: [...set] }));
    },
  },

  CoAttendance: {
    // Newest first as the statement ordered them; by id through the batching entity loader.
    events: async (parent: CoAttendanceRow, args: { first?: number | null }, ctx: ApiContext) =>
      found(await ctx.loaders.entity.loadMany(parent.eventIds.slice(0, pageSize(args.first, 20)))),
  },

  Article: {
    reporters: (parent: ArticleNode, _args: unknown, ctx: ApiContext) => ctx.loaders.reporters.load(parent.id),
  },

  Evidence: {
    article: (parent: Evidence, _args: unknown, ctx: ApiContext) => articleOrError(ctx, parent.articleId),
  },

  Source: {
    article: (parent: { articleId: string }, _args: unknown, ctx: ApiContext) => articleOrError(ctx, parent.articleId),
  },
};

async function articleOrError(ctx: ApiContext, id: string): Promise<ArticleNode> {
  const article = await ctx.loaders.article.load(id);
  if (!article) throw apiError('NOT_FOUND', `article ${id} is cited as evidence but is not in the graph`);
  return article;
}

interface CoAttendeesArgs {
  first?: number | null;
  from?: string | null;
  to?: string | null;
}

function coAttendances(ctx: ApiContext, person: EntityNode, first: number | null | undefined, range: DateRange): Promise<CoAttendanceRow[]> {
  return ctx.loaders.coAttendees.load({ id: person.id, first: pageSize(first, 20), ...range });
}

function checkDocument(doc: SourceDocument, index: number): SourceDocument {
  const name = `documents[${index}]`;
  if (doc.source.trim() === '') throw badInput(`${name}.source`, 'must not be empty');
  if (doc.text.trim() === '') throw badInput(`${name}.text`, `is empty (source "${doc.source}")`);
  if (doc.text.length > LIMITS.maxDocumentChars) {
    throw badInput(`${name}.text`, `longer than ${LIMITS.maxDocumentChars} characters (source "${doc.source}")`);
  }
  const date = checkDate(`${name}.date`, doc.date);
  return date ? { source: doc.source, text: doc.text, date } : { source: doc.source, text: doc.text };
}
