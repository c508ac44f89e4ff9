// The executable schema: schema.graphql (the one truth) with the resolvers attached, as a federation
// v2 subgraph (`_service { sdl }`, `_entities` through each type's `__resolveReference`).
import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { parse, type GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers.ts';

export const schemaPath = new URL('../../schema.graphql', import.meta.url);
export const typeDefs = readFileSync(schemaPath, 'utf8');

export function buildSchema(): GraphQLSchema {
  return buildSubgraphSchema([{ typeDefs: parse(typeDefs), resolvers: resolvers as unknown as GraphQLResolverMap<unknown> }]);
}
