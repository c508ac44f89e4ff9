// The API as a federation v2 subgraph: composed with a second subgraph, queried through a real gateway
// (in-process: the gateway's fetches go straight to each subgraph's fetch handler).
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { fixture } from './api-fixture.ts';
import { closeApp, gql, openApp } from './api-helpers.ts';

// A second team's subgraph: analysts' notes on people, and a watchlist of people it only knows by id.
const notesTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { watchlist: [Person!]! }
  type Person @key(fields: "id") { id: ID! notes: [String!]! }
`);
const notes: Record<string, string[]> = { 'p:wcf': ['区长; leads the 寻乌 pairing'] };
const notesSubgraph = createYoga({
  schema: buildSubgraphSchema([
    {
      typeDefs: notesTypeDefs,
      resolvers: {
        Query: { watchlist: () => [{ id: 'p:wcf' }] },
        Person: {
          __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
          notes: (person: { id: string }) => notes[person.id] ?? [],
        },
      },
    },
  ]),
  logging: false,
});

let driver: Driver;
let app: App;

beforeAll(async () => {
  ({ driver, app } = await openApp((d) => loadExtraction(d, fixture)));
});

afterAll(() => closeApp({ driver, app }));

describe('federation subgraph', () => {
  it('publishes its SDL with @key on every entity type', async () => {
    const { data } = await gql(app, '{ _service { sdl } }');
    const sdl = data?._service.sdl as string;
    for (const type of ['Person', 'Organization', 'District', 'Enterprise', 'Event', 'Article']) {
      expect(sdl).toMatch(new RegExp(`type ${type}( implements Entity)?\\s+@key\\(fields: "id"\\)`));
    }
  });

  it('resolves entity references through _entities, each only as its own type', async () => {
    const { data, errors } = await gql(
      app,
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Person { name } ... on District { name } ... on Article { title } } }`,
      { reps: [{ __typename: 'Person', id: 'p:wcf' }, { __typename: 'District', id: 'd:lg' }, { __typename: 'Article', id: 'a:fx3' }, { __typename: 'Person', id: 'd:lg' }] },
    );
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual([
      { name: '王策飞' },
      { name: '龙岗区' },
      { title: '三方联手！龙岗打造低空技术检测认证研训基地' },
      null,
    ]);
  });

  it('composes with another subgraph and answers a cross-subgraph query through a gateway', async () => {
    const { data } = await gql(app, '{ _service { sdl } }');
    const composed = composeServices([
      { name: 'kg', typeDefs: parse(data?._service.sdl as string), url: 'http://kg.internal/graphql' },
      { name: 'notes', typeDefs: notesTypeDefs, url: 'http://notes.internal/graphql' },
    ]);
    if (compositionHasErrors(composed)) throw new Error(composed.errors.map((e) => e.message).join('\n'));

    const subgraphs: Record<string, { fetch: typeof fetch }> = {
      kg: app.yoga as unknown as { fetch: typeof fetch },
      notes: notesSubgraph as unknown as { fetch: typeof fetch },
    };
    const gateway = createGatewayRuntime({
      supergraph: composed.supergraphSdl,
      logging: false,
      plugins: () => [
        {
          onFetch({ executionRequest, setFetchFn }) {
            const name = executionRequest?.subgraphName;
            if (name && subgraphs[name]) setFetchFn(subgraphs[name].fetch as never);
          },
        },
      ],
    });
    try {
      const response = await gateway.fetch('http://gateway/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ watchlist { id name notes posts { title } coAttendees(first: 1) { person { name } count } } }',
        }),
      });
      const result = (await response.json()) as { data?: unknown; errors?: unknown };
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        watchlist: [
          {
            id: 'p:wcf',
            name: '王策飞',
            notes: ['区长; leads the 寻乌 pairing'],
            posts: expect.arrayContaining([{ title: '区长' }, { title: '区委副书记' }]),
            coAttendees: [{ person: { name: '蓝贤林' }, count: 2 }],
          },
        ],
      });
    } finally {
      await gateway.dispose();
    }
  });
});
