// Neo4j going away and coming back, on a private embedded Neo4j (its own data folder and port, not the
// run's shared one): requests fail promptly with a coded error, /readyz says 503, and the same app
// serves again by itself once Neo4j is back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/api/app.ts';
import { responseCacheOptions } from '../../src/api/cache.ts';
import { startEmbedded, type EmbeddedNeo4j } from '../../src/graph/embedded.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { fixture } from './api-fixture.ts';
import { freePort, gql } from './api-helpers.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'kg-api-outage-'));
let port: number;
let neo4jServer: EmbeddedNeo4j | null = null;
let driver: Driver;
let app: App;
/** Times the store found Neo4j back (kg serve warms the statements again then: src/api/store-warmup.ts). */
let recoveries = 0;

const start = () => startEmbedded({ dataDir, port, heap: '512m', pageCache: '32m', log: () => {} });
const query = '{ coAttendees(name: "王策飞") { person { name } } }';

beforeAll(async () => {
  port = await freePort();
  neo4jServer = await start();
  driver = neo4j.driver(neo4jServer.uri, neo4jServer.auth);
  // As `kg serve` runs it: with the response cache, which must not hide an outage.
  app = createApp({ driver, logger: pino({ level: 'silent' }), responseCache: responseCacheOptions({}) });
  app.store.onRecovered(() => recoveries++);
});

afterAll(async () => {
  app?.close();
  await driver?.close();
  await neo4jServer?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Neo4j down and back', () => {
  it('is not ready until the schema is applied', async () => {
    const before = await app.yoga.fetch('http://localhost/readyz');
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ status: 'not ready', reason: 'schema not applied (no entityNames index)' });
    await applySchema(driver);
    await loadExtraction(driver, fixture);
    expect((await app.yoga.fetch('http://localhost/readyz')).status).toBe(200);
  });

  it('serves while Neo4j is up', async () => {
    const { data } = await gql(app, query);
    expect(data?.coAttendees).toHaveLength(6);
    expect((await app.yoga.fetch('http://localhost/readyz')).status).toBe(200);
  });

  it('fails promptly with NEO4J_UNAVAILABLE and /readyz 503 while Neo4j is stopped', async () => {
    await neo4jServer?.stop();
    neo4jServer = null;

    const started = Date.now();
    const first = await gql(app, query);
    // The driver's own retrying would hold a request for 30 s; the API answers at once instead.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(first.data).toBeNull();
    expect(first.errors?.[0]?.extensions?.code).toBe('NEO4J_UNAVAILABLE');
    expect(first.errors?.[0]?.message).toMatch(/^Neo4j is unavailable/);

    const again = await gql(app, query);
    expect(again.errors?.[0]?.extensions?.code).toBe('NEO4J_UNAVAILABLE');

    const ready = await app.yoga.fetch('http://localhost/readyz');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not ready' });

    const exported = await app.yoga.fetch('http://localhost/export/cytoscape.json');
    expect(exported.status).toBe(503);
  });

  it('recovers by itself when Neo4j is back', async () => {
    neo4jServer = await start();
    let result = await gql(app, query);
    for (let tries = 0; result.errors && tries < 60; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      result = await gql(app, query);
    }
    expect(result.errors).toBeUndefined();
    expect(result.data?.coAttendees).toHaveLength(6);
    expect((await app.yoga.fetch('http://localhost/readyz')).status).toBe(200);
    expect(recoveries).toBe(1);
  });
});
