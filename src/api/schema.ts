// The executable schema: schema.graphql (the one truth) as a federation v2 subgraph — @apollo/subgraph
// adds `_service { sdl }` and `_entities` (with each type's `__resolveReference`) — with the field
// resolvers attached by @graphql-tools/schema, which refuses resolvers for fields the SDL lacks.
import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { addResolversToSchema } from '@graphql-tools/schema';
import { parse, type GraphQLSchema } from 'graphql';
import { referenceResolvers, resolvers } from './resolvers.ts';

export const schemaPath = new URL('../../schema.graphql', import.meta.url);
export const typeDefs = readFileSync(schemaPath, 'utf8');

export function buildSchema(): GraphQLSchema {
  const subgraph = buildSubgraphSchema([
    { typeDefs: parse(typeDefs), resolvers: referenceResolvers as unknown as GraphQLResolverMap<unknown> },
  ]);
  return addResolversToSchema({
    schema: subgraph,
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error', requireResolversForArgs: 'error' },
  });
}
