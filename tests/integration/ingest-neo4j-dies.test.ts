// Neo4j going away in the middle of `kg ingest`: the run ends with its summary (what was loaded, what was
// not) and a non-zero exit, never a raw stack. Neo4j "dies" behind a TCP proxy the test cuts (the shared
// Neo4j of the run stays up for the other tests): to the ingest, its sockets reset and no new one connects.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { resetGraph, runKg, stats, testDriver, writeSampleCopies } from './support.ts';

/** A TCP proxy to the run's Neo4j that can be cut: every socket destroyed, no new connection accepted. */
async function cuttableProxy(target: URL): Promise<{ port: number; cut: () => void }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    cut: () => {
      server.close();
      for (const s of sockets) s.destroy();
    },
  };
}

describe('Neo4j dying mid-ingest', () => {
  let driver: Driver;
  let dir: string;
  beforeAll(async () => {
    driver = testDriver();
    await resetGraph(driver);
    dir = mkdtempSync(join(tmpdir(), 'kg-neo4j-dies-'));
    writeSampleCopies(dir, 60);
  });
  afterAll(async () => {
    await resetGraph(driver);
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ends with the summary of what was loaded and what was not, exit 1, no stack trace', async () => {
    const proxy = await cuttableProxy(new URL(inject('neo4jUri').replace(/^\w+:/, 'http:')));
    // Small chunks and transactions: the loading is under way, file by file, when Neo4j goes.
    const run = runKg(['ingest', dir, '--batch', '2'], { env: { NEO4J_URI: `bolt://127.0.0.1:${proxy.port}` } });
    let articles = 0;
    // Several transactions in: the ingest has heard back about some (a commit just before the cut may not).
    for (let tries = 0; tries < 1200 && articles < 10; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      articles = (await stats(driver)).nodes.Article;
    }
    expect(articles).toBeGreaterThanOrEqual(10);
    proxy.cut();
    const { code, stdout, stderr } = await run;
    expect(code).toBe(1);
    expect(stderr).toMatch(/kg ingest: stopped early: Neo4j became unavailable/);
    expect(stderr).not.toMatch(/^\s+at /m); // no stack frames
    const loaded = Number(/articles: (\d+) loaded/.exec(stdout)?.[1]);
    const [, ok, failed] = /files: (\d+) loaded, (\d+) failed or not loaded/.exec(stdout)!.map(Number);
    expect(ok! + failed!).toBe(60);
    expect(failed).toBeGreaterThan(0);
    // Every article the summary counts as loaded is in the graph (one in flight at the cut may be too).
    const stored = (await stats(driver)).nodes.Article;
    expect(loaded).toBeGreaterThan(0);
    expect(loaded).toBeLessThanOrEqual(stored);
    expect(stderr).toMatch(/not loaded.*Neo4j became unavailable/);
  }, 300_000);
});
