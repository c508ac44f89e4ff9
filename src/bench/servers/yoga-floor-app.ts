// The framework's floor (issue 12, "overhead over the bare driver ≤ 1.3×"): driver.ts's statements and records
// served through graphql-yoga with graphql-jit and nothing of ours — one field, `ask(op, args): JSON`, whose
// resolver is driver.ts's question. `tuned`: every default yoga lets a server turn off is off (CORS, multipart,
// body limit, error masking); logging, GraphiQL and the landing page are off either way. The least any yoga
// server pays per request over the bare driver's node:http, for the same statement and the same records as JSON.
import { useGraphQlJit } from '@envelop/graphql-jit';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLScalarType } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { driverAnswers, type Args } from './driver-questions.ts';
// The request bodies: FLOOR_QUERY in ../queries.ts.

export function floorYoga(driver: Driver, tuned = true) {
  const questions = driverAnswers(driver);
  const schema = makeExecutableSchema({
    typeDefs: 'scalar JSON\ntype Query { ask(op: String!, args: JSON!): JSON }',
    resolvers: {
      JSON: new GraphQLScalarType({ name: 'JSON', serialize: (v) => v, parseValue: (v) => v }),
      Query: {
        ask: (_root: unknown, { op, args }: { op: string; args: Args }) => {
          const fn = questions[op];
          if (!fn) throw new Error(`unknown question ${op}`);
          return fn(args);
        },
      },
    },
  });
  const off = tuned ? ({ cors: false, multipart: false, maxRequestBodySize: false, maskedErrors: false } as const) : {};
  return createYoga({ schema, logging: false, graphiql: false, landingPage: false, ...off, plugins: [useGraphQlJit()] });
}
