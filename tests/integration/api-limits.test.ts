// Limits on the work one request can cause, against the real Neo4j over real HTTP: the hub bomb (nested
// relations from a person at hundreds of events) is refused by cost, and with the cost limit lifted it is
// stopped by the item cap or the deadline; either way the server goes on answering /healthz.
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App, type AppOptions } from '../../src/api/app.ts';
import { encodeCursor } from '../../src/api/paging.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { hubGraph } from './api-hub-fixture.ts';
import { closeServers, serveOnLoopback, type LoopbackServer } from './api-helpers.ts';
import { resetGraph, testDriver } from './support.ts';

const BOMB = '{ entity(id: "p:hub") { relations { to { relations { to { relations { to { relations { to { name } } } } } } } } } }';

let driver: Driver;
const servers: { app: App; server: LoopbackServer }[] = [];

async function serve(options: Partial<AppOptions> = {}): Promise<string> {
  const app = createApp({ driver, logger: pino({ level: 'silent' }), ...options });
  const server = await serveOnLoopback(app);
  servers.push({ app, server });
  return server.base;
}

async function post(base: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function healthy(base: string): Promise<boolean> {
  const response = await fetch(`${base}/healthz`);
  return response.status === 200 && (await response.json()).status === 'ok';
}

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  // 300 events × 30 of a pool of 100: the hub has degree 300, each member ≈ 90; the bomb would build
  // 300 × 31 × 90 × 31 ≈ 26 million relation objects.
  await loadExtraction(driver, hubGraph(300, 30, 100));
}, 180_000);

afterAll(() => closeServers(driver, servers));

describe('the hub bomb', () => {
  it('is refused by cost before it runs, and the server answers /healthz', async () => {
    const base = await serve();
    const { data, errors } = await post(base, BOMB);
    expect(data ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(errors?.[0]?.message).toMatch(/^query cost \d+ is over the limit of 50000/);
    expect(await healthy(base)).toBe(true);
  });

  it('with the cost limit lifted, is stopped by the cap on items, and the server answers /healthz', async () => {
    const base = await serve({ limits: { maxCost: 1e15 } });
    const { data, errors } = await post(base, BOMB);
    expect(data ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.extensions?.code).toBe('ANSWER_TOO_LARGE');
    expect(errors?.[0]?.message).toMatch(/more than 200000 relationships and articles \(KG_MAX_ANSWER_ITEMS\)/);
    expect(await healthy(base)).toBe(true);
    // And it still answers real questions.
    const { data: again } = await post(base, '{ entity(id: "p:hub") { name } }');
    expect(again.entity.name).toBe('枢纽人物');
  }, 60_000);

  it('with the cost limit lifted and a short deadline, is stopped by the deadline', async () => {
    const base = await serve({ limits: { maxCost: 1e15, deadlineMs: 1 } });
    const { errors } = await post(base, BOMB);
    expect(errors?.[0]?.extensions?.code).toBe('DEADLINE_EXCEEDED');
    expect(errors?.[0]?.message).toMatch(/deadline of 1 ms \(KG_REQUEST_DEADLINE_MS\)/);
    expect(await healthy(base)).toBe(true);
  }, 60_000);

  it('caps the answer in bytes with a coded error', async () => {
    const base = await serve({ limits: { maxAnswerBytes: 2_000 } });
    const { errors } = await post(base, '{ entity(id: "p:hub") { relations { type to { name } } } }');
    expect(errors?.[0]?.extensions?.code).toBe('ANSWER_TOO_LARGE');
    expect(errors?.[0]?.message).toMatch(/larger than 2000 bytes \(KG_MAX_ANSWER_BYTES\)/);
  });
});

describe('real questions within the limits', () => {
  it('answers events(first: 50) with nested fields, and two levels of a hub\'s relations', async () => {
    const base = await serve();
    const events = await post(
      base,
      '{ events(first: 50) { edges { cursor node { id name date kind place { name } attendees { id name } sources { article { title } sentences } } } pageInfo { hasNextPage } } }',
    );
    expect(events.errors).toBeUndefined();
    expect(events.data.events.edges).toHaveLength(50);
    expect(events.data.events.edges[0].node.attendees.length).toBeGreaterThan(1);
    const two = await post(base, '{ entity(id: "p:hub") { relations { to { relations { from { name } } } } } }');
    expect(two.errors).toBeUndefined();
    expect(two.data.entity.relations).toHaveLength(300);
    expect(two.data.entity.relations[0].to.relations.length).toBe(31);
  });
});

describe('arguments', () => {
  it('refuses a cursor past the deepest offset with BAD_USER_INPUT naming the argument', async () => {
    const base = await serve();
    for (const offset of [1_000_001, 99_999_999_999_999_999_999]) {
      const { errors } = await post(base, 'query($after: String) { events(after: $after) { edges { node { id } } } }', {
        after: Buffer.from(`offset:${offset.toLocaleString('fullwide', { useGrouping: false })}`).toString('base64url'),
      });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toMatch(/^after: the cursor points past offset 1000000/);
    }
    const { errors } = await post(base, '{ events(first: 1, after: "' + encodeCursor(5) + '") { edges { node { id } } } }');
    expect(errors).toBeUndefined();
  });

  it('resolves a name typed with a zero-width space, full-width space or traditional script', async () => {
    const base = await serve();
    for (const name of ['枢纽\u200b人物', '\u3000枢纽人物\u3000', '樞紐人物', '枢纽人物\u0007']) {
      const { data, errors } = await post(base, 'query($name: String!) { coAttendees(name: $name, first: 1) { count } }', { name });
      expect(errors, name).toBeUndefined();
      expect(data.coAttendees).toHaveLength(1);
    }
  });
});
