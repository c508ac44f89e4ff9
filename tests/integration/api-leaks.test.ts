// What a client can learn or be granted, over real HTTP against the real Neo4j: no response body holds a
// stack trace or a path of the server's files (unexpected errors are a coded error and a request id that
// the log carries), and CORS grants only the origins KG_CORS_ORIGINS lists.
import { Writable } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App, type AppOptions } from '../../src/api/app.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { fixture } from './api-fixture.ts';
import { closeServers, serveOnLoopback, type LoopbackServer } from './api-helpers.ts';
import { repoRoot, resetGraph, testDriver } from './support.ts';

let driver: Driver;
const servers: { app: App; server: LoopbackServer }[] = [];
const logLines: Record<string, unknown>[] = [];

async function serve(options: Partial<AppOptions> = {}): Promise<string> {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  const app = createApp({ driver, logger: pino({ level: 'info' }, sink), ...options });
  const server = await serveOnLoopback(app);
  servers.push({ app, server });
  return server.base;
}

let base: string;

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  await loadExtraction(driver, fixture);
  base = await serve();
});

afterAll(() => closeServers(driver, servers));

/** A body that gives away the server's insides: a stack frame, or a path of its files or modules. */
function leaks(body: string): boolean {
  return /\bat [\w.<>$]+ \(|\n\s+at |node_modules|\/src\/api\/|file:\/\//.test(body) || body.includes(repoRoot);
}

describe('no stack traces or paths to clients', () => {
  const probes: [string, RequestInit?][] = [
    ['/graphiql/constructor'],
    ['/graphiql/__proto__'],
    ['/graphiql/toString'],
    ['/graphiql/hasOwnProperty'],
    ['/export/cytoscape.json?center=constructor'],
    ['/export/graph.graphml?depth=9'],
    ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ entity(' }],
    ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ nope }"}' }],
    ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": 5}' }],
    ['/graphql?query=%7B%20entity(id%3A%20%22x%22)%20%7B%20id%20%7D%20%7D&variables=%7B'],
    ['/graphql', { method: 'PUT', body: 'x' }],
  ];
  for (const [path, init] of probes) {
    it(`${init?.method ?? 'GET'} ${path}`, async () => {
      const response = await fetch(`${base}${path}`, init);
      const body = await response.text();
      expect(leaks(body), body.slice(0, 400)).toBe(false);
      expect(response.status).toBeLessThan(500); // every probe is the client's fault
    });
  }

  it('answers an unexpected failure with a coded error and a request id that the log carries', async () => {
    // A resolver that throws a plain Error (with a stack): the client sees only the code and the id.
    const failing = await serve({
      ingest: async () => {
        throw new Error(`disk gone at ${repoRoot}src/graph/load.ts`);
      },
      apiToken: 'token',
    });
    const response = await fetch(`${failing}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer token' },
      body: JSON.stringify({ query: 'mutation { ingestArticles(documents: [{ source: "a.txt", text: "龙岗区召开会议。" }]) { entityCount } }' }),
    });
    const text = await response.text();
    expect(leaks(text), text).toBe(false);
    expect(text).not.toContain('disk gone');
    const [error] = JSON.parse(text).errors;
    expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.extensions.requestId).toBe(response.headers.get('x-request-id'));
    const logged = logLines.find((line) => line.requestId === error.extensions.requestId && line.msg === 'unexpected error');
    expect((logged?.err as { message?: string })?.message).toContain('disk gone');
  });
});

describe('CORS', () => {
  const query = { method: 'POST', body: JSON.stringify({ query: '{ entity(id: "p:wcf") { name } }' }) };

  it('grants nothing to a foreign Origin by default, preflight or request', async () => {
    const headers = { 'content-type': 'application/json', origin: 'https://evil.example' };
    const response = await fetch(`${base}/graphql`, { ...query, headers });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('grants exactly the origins KG_CORS_ORIGINS lists, without credentials', async () => {
    const listed = await serve({ corsOrigins: ['https://analyst.example'] });
    const ok = await fetch(`${listed}/graphql`, { ...query, headers: { 'content-type': 'application/json', origin: 'https://analyst.example' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    const foreign = await fetch(`${listed}/graphql`, { ...query, headers: { 'content-type': 'application/json', origin: 'https://evil.example' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});
