// largestArgument reads how far a query asks below a field before the field's statement runs (path's hops'
// evidence): defaults, variables, aliases and fragments included, null when not asked.
import { buildSchema, execute, graphql, parse, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { largestArgument, selectsField } from '../../src/api/selection.ts';

const schema = buildSchema(`
  type Query { path: Path }
  type Path { length: Int, hops: [Hop!]! }
  type Hop { relation: String, evidence(first: Int = 20): [String!]! }
`);

async function asked(query: string, variables?: Record<string, unknown>): Promise<number | null> {
  let seen: number | null | undefined;
  const rootValue = {
    path: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      seen = largestArgument(info, ['hops'], 'Hop', 'evidence', 'first');
      return { length: 0, hops: [] };
    },
  };
  const result = await graphql({ schema, source: query, rootValue, variableValues: variables });
  expect(result.errors).toBeUndefined();
  return seen ?? null;
}

describe('largestArgument', () => {
  it('gives the default when the argument is left out, and null when the field is not selected', async () => {
    expect(await asked('{ path { hops { evidence } } }')).toBe(20);
    expect(await asked('{ path { length hops { relation } } }')).toBeNull();
  });

  it('takes literals and variables, and the largest among aliases and fragments', async () => {
    expect(await asked('{ path { hops { evidence(first: 3) } } }')).toBe(3);
    expect(await asked('query($n: Int) { path { hops { evidence(first: $n) } } }', { n: 7 })).toBe(7);
    expect(await asked('{ path { hops { a: evidence(first: 2) b: evidence(first: 50) } } }')).toBe(50);
    expect(await asked('{ path { ...P } } fragment P on Path { hops { ... on Hop { evidence(first: 9) } } }')).toBe(9);
  });
});

describe('the walk kept per document', () => {
  // Yoga's parser cache hands the same document for the same text, so the second request reuses the walk:
  // variables still apply per request, and another document (or another field) is walked on its own.
  async function run(document: ReturnType<typeof parse>, variables?: Record<string, unknown>) {
    const seen: unknown[] = [];
    const rootValue = {
      path: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        seen.push(largestArgument(info, ['hops'], 'Hop', 'evidence', 'first'), selectsField(info, ['hops'], 'relation'));
        return { length: 0, hops: [] };
      },
    };
    const result = await execute({ schema, document, rootValue, variableValues: variables });
    expect(result.errors).toBeUndefined();
    return seen;
  }

  it('gives each request its own variables over one parsed document', async () => {
    const document = parse('query($n: Int) { path { hops { evidence(first: $n) } } }');
    expect(await run(document, { n: 7 })).toEqual([7, false]);
    expect(await run(document, { n: 40 })).toEqual([40, false]);
    expect(await run(document, {})).toEqual([20, false]);
  });

  it('tells the aliases of one document apart, and another document from it', async () => {
    const document = parse('{ a: path { hops { evidence(first: 3) } } b: path { hops { relation evidence(first: 60) } } }');
    expect(await run(document)).toEqual([3, false, 60, true]);
    expect(await run(document)).toEqual([3, false, 60, true]);
    expect(await run(parse('{ path { hops { relation } } }'))).toEqual([null, true]);
  });
});
