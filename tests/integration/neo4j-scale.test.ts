// Scale-out, tested where one machine can (issue 14): NEO4J_URI with the neo4j:// routing scheme against the
// run's Neo4j (reads routed by the server's routing table), a writer reading its own write (one bookmark
// manager per process), and two `kg serve` replicas over one Neo4j behind a real federation gateway, which
// answer the same and see each other's writes (the response cache's version token).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { read } from '../../src/graph/cypher.ts';
import { openGraph, type Graph } from '../../src/graph/target.ts';
import { gql } from './api-helpers.ts';
import { ask, startServe, type ServeProcess } from './kg-serve-process.ts';
import { kgEnv, resetGraph, runKg, samplePaths, testDriver } from './support.ts';

const routingUri = inject('neo4jUri').replace(/^bolt:/, 'neo4j:');
const routingEnv = { NEO4J_URI: routingUri, NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') };
const TOKEN = 'scale-test-token';
const START_TIMEOUT_MS = 300_000;
const [firstSample, secondSample] = samplePaths() as [string, string];
const INGEST = 'mutation($docs: [DocumentInput!]!) { ingestArticles(documents: $docs) { articles { id } } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  const driver = testDriver();
  await resetGraph(driver);
  await driver.close();
});

describe('NEO4J_URI with the neo4j:// routing scheme', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openGraph({ env: routingEnv });
  });
  afterAll(async () => {
    await graph?.close();
  });

  it('reads from the readers the server names in its routing table', async () => {
    const table = await read(graph.driver, 'scale-routing-table', { database: 'neo4j' });
    const roles = Object.fromEntries(table.records.map((r) => [r.get('role') as string, r.get('addresses') as string[]]));
    const address = new URL(routingUri.replace('neo4j:', 'http:')).host;
    expect(roles).toEqual({ WRITE: [address], READ: [address], ROUTE: [address] });
    // The read went where the routing table sent it (on a cluster: a follower or read replica).
    expect(table.summary.server.address).toBe(roles.READ![0]);
  });

  it('runs kg ingest and kg stats through it, equal to the same over bolt://', async () => {
    const ingest = await runKg(['ingest', firstSample], { env: routingEnv });
    expect(ingest.code).toBe(0);
    const routed = await runKg(['stats', '--format', 'json'], { env: routingEnv });
    const direct = await runKg(['stats', '--format', 'json']);
    expect(routed.code).toBe(0);
    expect(JSON.parse(routed.stdout)).toEqual(JSON.parse(direct.stdout));
    expect(JSON.parse(routed.stdout).nodes.Article).toBeGreaterThan(0);
  });

  it('lets a client that wrote through ingestArticles read its own write (the process carries the bookmark)', async () => {
    const app = createApp({ driver: graph.driver, logger: pino({ level: 'silent' }), apiToken: TOKEN });
    try {
      const before = [...(await graph.bookmarks!.getBookmarks())];
      const docs = [{ source: basename(secondSample), text: readFileSync(secondSample, 'utf8') }];
      const written = await gql(app, INGEST, { docs }, { authorization: `Bearer ${TOKEN}` });
      expect(written.errors).toBeUndefined();
      const after = [...(await graph.bookmarks!.getBookmarks())];
      expect(after).toHaveLength(1);
      expect(after).not.toEqual(before);
      const id = written.data?.ingestArticles.articles[0].id as string;
      const readBack = await gql(app, `{ article(id: ${JSON.stringify(id)}) { id source } }`);
      expect(readBack.data?.article).toEqual({ id, source: basename(secondSample) });
    } finally {
      app.close();
    }
  });
});

describe('two kg serve replicas over one Neo4j behind a federation gateway', () => {
  let replicas: ServeProcess[] = [];
  let gateway: ReturnType<typeof createGatewayRuntime>;

  beforeAll(async () => {
    const driver = testDriver();
    await resetGraph(driver);
    await driver.close();
    expect((await runKg(['ingest', firstSample])).code).toBe(0);
    const env = kgEnv({ KG_API_TOKEN: TOKEN, KG_CACHE_CHECK_MS: '200', LOG_LEVEL: 'info' });
    replicas = await Promise.all([startServe(env, START_TIMEOUT_MS), startServe(env, START_TIMEOUT_MS)]);
    const sdl = (await ask(replicas[0]!.base, '{ _service { sdl } }')).data._service.sdl as string;
    const composed = composeServices([{ name: 'kg', typeDefs: parse(sdl), url: 'http://kg.replicas/graphql' }]);
    if (compositionHasErrors(composed)) throw new Error(composed.errors.map((e) => e.message).join('\n'));
    // The router's load balancing, in its simplest form: each subgraph fetch to the next replica in turn.
    let turn = 0;
    const roundRobin = (_url: string, init: RequestInit) => fetch(`${replicas[turn++ % replicas.length]!.base}/graphql`, init);
    gateway = createGatewayRuntime({
      supergraph: composed.supergraphSdl,
      logging: false,
      plugins: () => [{ onFetch: ({ setFetchFn }) => setFetchFn(roundRobin as never) }],
    });
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await gateway?.dispose();
    await Promise.all(replicas.map((replica) => replica.stop()));
    const driver = testDriver();
    await resetGraph(driver);
    await driver.close();
  }, START_TIMEOUT_MS);

  const viaGateway = async (query: string) => {
    const response = await gateway.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: any; errors?: unknown };
  };

  it('answers the same from either replica and through the gateway', async () => {
    const query = '{ search(text: "龙岗", first: 5) { edges { node { id name } } } coAttendees(name: "王策飞") { person { name } count } }';
    const [a, b] = await Promise.all(replicas.map((replica) => ask(replica.base, query)));
    expect(a!.errors).toBeUndefined();
    expect(a!.data.search.edges.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
    for (let i = 0; i < 4; i++) expect(await viaGateway(query)).toEqual(a); // both replicas, twice each
  });

  it("sees a write through one replica on the other (the cache's version token), and through the gateway", async () => {
    // The article's id is known before it is written (a content hash): the other replica first caches "none".
    const extracted = await runKg(['extract', secondSample, '--format', 'json']);
    const id = (JSON.parse(extracted.stdout) as { articles: { id: string }[] }).articles[0]!.id;
    const query = `{ article(id: ${JSON.stringify(id)}) { id source } }`;
    expect((await ask(replicas[1]!.base, query)).data).toEqual({ article: null });

    const docs = [{ source: basename(secondSample), text: readFileSync(secondSample, 'utf8') }];
    const written = await ask(replicas[0]!.base, INGEST, { docs }, { authorization: `Bearer ${TOKEN}` });
    expect(written.errors).toBeUndefined();
    expect(written.data.ingestArticles.articles.map((a: { id: string }) => a.id)).toContain(id);
    const expected = { article: { id, source: basename(secondSample) } };
    // The writer answers at once; the other replica once its cache check (200 ms here) sees the new version.
    expect((await ask(replicas[0]!.base, query)).data).toEqual(expected);
    let other = await ask(replicas[1]!.base, query);
    for (let tries = 0; JSON.stringify(other.data) !== JSON.stringify(expected) && tries < 100; tries++) {
      await sleep(200);
      other = await ask(replicas[1]!.base, query);
    }
    expect(other.data).toEqual(expected);
    for (let i = 0; i < 2; i++) expect((await viaGateway(query)).data).toEqual(expected);
  });
});
