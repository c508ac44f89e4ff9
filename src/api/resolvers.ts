// Resolvers for schema.graphql, assembled from one module per concern (src/api/resolvers/: people, events and
// bodies, the graph around things). They stay thin: arguments are validated there, data comes from the store
// (named api-*.cypher statements) through per-request loaders. Here: lookups by id and text, the mutation,
// the provenance types and federation's reference resolvers.
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityType } from '../extract/format.ts';
import type { SourceDocument } from '../extract/index.ts';
import type { ApiContext } from './context.ts';
import { checkDate, checkText, resolveRefOrNull } from './arguments.ts';
import { apiError, badInput } from './errors.ts';
import { connection, decodeCursor, pageSize } from './paging.ts';
import type { ArticleNode, Evidence } from './records.ts';
import { LIMITS } from './resolvers/common.ts';
import { selectsField } from './selection.ts';
import { districtFields, enterpriseFields, eventFields, eventQueries, organizationFields } from './resolvers/events.ts';
import { graphQueries, hopFields } from './resolvers/graph.ts';
import { coAttendanceFields, peopleQueries, personFields } from './resolvers/people.ts';

export { LIMITS } from './resolvers/common.ts';

/** Federation: an entity reference from another subgraph resolves only to an entity of that type (a person's
 * anchor node id to its cluster, like every id). */
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
    // An id (a person's anchor node id answers with its cluster), else a name or alias like every other
    // argument (null when nothing answers to it).
    entity: async (_root: unknown, args: { id: string }, ctx: ApiContext) =>
      (await ctx.loaders.entity.load(args.id)) ?? resolveRefOrNull(ctx, 'id', args.id, null),

    article: (_root: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.article.load(args.id),

    search: async (
      _root: unknown,
      args: { text: string; types?: EntityType[] | null; first?: number | null; after?: string | null },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) => {
      const text = checkText('text', args.text);
      const size = pageSize(args.first, 20);
      const skip = decodeCursor(args.after);
      // A hit's aliases, date and kind cost reads (a person's aliases: all his anchors): only when shown.
      const details = ['aliases', 'date', 'kind'].some((field) => selectsField(info, ['edges', 'node'], field));
      const hits = await ctx.store.search(text, args.types?.length ? args.types : null, skip, size + 1, details);
      return connection(hits.map((hit) => ({ node: hit.entity, score: hit.score })), skip, size);
    },

    ...peopleQueries,
    ...eventQueries,
    ...graphQueries,
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

  Person: personFields,
  Organization: organizationFields,
  District: districtFields,
  Enterprise: enterpriseFields,
  Event: eventFields,
  CoAttendance: coAttendanceFields,
  Hop: hopFields,

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
