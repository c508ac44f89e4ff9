// The statements are warmed before the server says it is ready (src/api/store-warmup.ts): /readyz answers
// "warming statements: n of m" meanwhile, every api-* statement runs, and afterwards the questions' first calls
// find their plans in Neo4j's query cache. Neo4j 5.26 Community shows no per-query planning in a log or a
// procedure, but db.clearQueryCaches() says how many plans the caches held: after a warm-up, asking the
// questions must leave that number as it was (a new parameter shape would add a plan: checked too).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app.ts';
import { WARM_CALLS, warmStatements } from '../../src/api/store-warmup.ts';
import { cypherNames, observeStatements, readOnce } from '../../src/graph/cypher.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { fixture } from './api-fixture.ts';
import { closeApp, gql, openApp } from './api-helpers.ts';
import { startServe } from './kg-serve-process.ts';
import { kgEnv } from './support.ts';

let driver: Driver;
let app: App;

beforeAll(async () => {
  ({ driver, app } = await openApp((d) => loadExtraction(d, fixture)));
});

afterAll(() => closeApp({ driver, app }));

/** Empties the query caches; how many plans they held. */
async function clearPlans(): Promise<number> {
  const { records } = await readOnce(driver, 'graph-test-clear-query-caches');
  const message = String(records[0]?.get('value'));
  if (/already empty/.test(message)) return 0;
  const count = /cleared of (\d+) quer/.exec(message);
  if (!count) throw new Error(`unexpected answer of db.clearQueryCaches(): ${message}`);
  return Number(count[1]);
}

async function readyz(): Promise<{ status: number; body: unknown }> {
  const response = await app.yoga.fetch('http://localhost/readyz');
  return { status: response.status, body: await response.json() };
}

const QUESTIONS = [
  '{ coAttendees(name: "王策飞") { person { name } count events { name date } } }',
  '{ path(from: "王策飞", to: "寻乌县") { length nodes { name } hops { relation evidence { sentence } } } }',
  '{ search(text: "龙岗", first: 20) { edges { score node { id name } } } }',
  '{ neighbors(id: "王策飞", depth: 2) { edges { distance node { id name } } } }',
  '{ entity(id: "p:wcf") { name ... on Person { coAttendees { person { name } } } } }',
];

async function ask(query: string) {
  const { data, errors } = await gql(app, query);
  expect(errors, query).toBeUndefined();
  return data;
}

describe('statement warm-up', () => {
  it('reports warming on /readyz, with how far it got, and ready once done', async () => {
    const seen: { status: number; body: unknown }[] = [];
    const report = await warmStatements(app.store, {
      timeoutMs: 600_000,
      onProgress: async (done) => {
        if (done === 1 || done === WARM_CALLS.length - 1) seen.push(await readyz());
      },
    });
    expect(report).toMatchObject({ done: WARM_CALLS.length, total: WARM_CALLS.length, failures: [], timedOut: false });
    expect(seen).toEqual([
      { status: 503, body: { status: 'not ready', reason: `warming statements: 1 of ${WARM_CALLS.length}` } },
      { status: 503, body: { status: 'not ready', reason: `warming statements: ${WARM_CALLS.length - 1} of ${WARM_CALLS.length}` } },
    ]);
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready' } });
  }, 600_000);

  it('runs every api-* statement', async () => {
    const names = new Set<string>();
    const stop = observeStatements((name) => names.add(name));
    try {
      await warmStatements(app.store, { timeoutMs: 600_000 });
    } finally {
      stop();
    }
    expect([...names].sort()).toEqual(cypherNames('api-'));
  });

  it('stops at its time bound, and the server is ready all the same', async () => {
    const report = await warmStatements(app.store, { timeoutMs: 0 });
    expect(report).toMatchObject({ done: 0, timedOut: true });
    expect((await readyz()).status).toBe(200);
  });

  it("leaves nothing to plan for the questions' first calls", async () => {
    await clearPlans();
    await warmStatements(app.store, { timeoutMs: 600_000 });
    const warmed = await clearPlans();
    expect(warmed).toBeGreaterThanOrEqual(cypherNames('api-').length);

    await warmStatements(app.store, { timeoutMs: 600_000 });
    for (const query of QUESTIONS) await ask(query);
    expect(await clearPlans()).toBe(warmed);
  }, 600_000); // every statement planned twice: minutes at a load average of 20

  it('would see a parameter shape the warm-up did not send (the check above can fail)', async () => {
    await clearPlans();
    await warmStatements(app.store, { timeoutMs: 600_000 });
    // A name of 101–1000 characters is another size bucket of the plan cache's key than the warm-up's.
    const { errors } = await gql(app, `{ coAttendees(name: "${'王'.repeat(150)}") { person { name } } }`);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await clearPlans()).toBeGreaterThan(WARM_CALLS.length);
  }, 600_000);

  it('kg serve: /readyz says it is warming, then ready, and a log line says how long it took', async () => {
    await clearPlans(); // so the warm-up has planning to do, as after a start
    const env = kgEnv({ LOG_LEVEL: 'info', KG_SUPERVISE: 'off', KG_WARMUP_TIMEOUT_MS: '600000' });
    const serve = await startServe(env, 300_000);
    try {
      const reasons: string[] = [];
      for (let i = 0; i < 6_000; i++) {
        const response = await fetch(`${serve.base}/readyz`);
        const body = (await response.json()) as { reason?: string };
        if (response.status === 200) break;
        reasons.push(String(body.reason));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(reasons.length).toBeGreaterThan(0);
      for (const reason of reasons) expect(reason).toMatch(new RegExp(`^warming statements: \\d+ of ${WARM_CALLS.length}$`));
      expect((await fetch(`${serve.base}/readyz`)).status).toBe(200);
      const warmed = serve.logs.find((line) => String(line.msg).startsWith('statements warmed'));
      expect(warmed?.msg).toMatch(new RegExp(`^statements warmed: ${WARM_CALLS.length} calls in \\d+ ms$`));
      expect(warmed).toMatchObject({ why: 'start', failures: [] });
    } finally {
      await serve.stop();
    }
  }, 900_000);
});
