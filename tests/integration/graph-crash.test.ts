// Crash atomicity: kill -9 a running `kg ingest` part way; every article in the graph is then all-in
// (exactly the facts a clean run gives it), and ingesting again yields the clean run's graph.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpGraph, kgEnv, repoRoot, resetGraph, runKg, stats, testDriver, writeSampleCopies, type GraphDump } from './support.ts';

const COPIES = 60;

/** article id → every fact that names it (node memberships, relationship provenance with evidence). */
function factsByArticle(dump: GraphDump): Map<string, string[]> {
  const facts = new Map<string, string[]>();
  const add = (article: string, fact: string) => facts.set(article, [...(facts.get(article) ?? []), fact]);
  for (const line of dump.nodes) {
    const n = JSON.parse(line);
    if (n.labels.includes('Article')) add(n.id, `article ${n.id} ${n.source}`);
    for (const a of (n.articles ?? []) as string[]) add(a, `node ${n.id}`);
  }
  for (const line of dump.relationships) {
    const [type, from, to, title, pairs] = JSON.parse(line) as [string, string, string, string | null, [string, string][]];
    for (const [a, evidence] of pairs) add(a, JSON.stringify([type, from, to, title, evidence]));
  }
  for (const list of facts.values()) list.sort();
  return facts;
}

describe('kg ingest killed with SIGKILL part way', () => {
  let driver: Driver;
  let dir: string;
  beforeAll(async () => {
    driver = testDriver();
    await resetGraph(driver);
    // Many files with varied text: every article distinct, the people and places shared.
    dir = mkdtempSync(join(tmpdir(), 'kg-crash-'));
    writeSampleCopies(dir, COPIES);
  });
  afterAll(async () => {
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves every article all-in or all-out, and a re-run equals a clean run', async () => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/kg.js'), 'ingest', dir, '--batch', '3'], {
      cwd: repoRoot,
      env: kgEnv(),
      stdio: 'ignore',
    });
    const exited = new Promise<void>((res) => child.once('exit', () => res()));
    let articlesAtKill = 0;
    for (;;) {
      articlesAtKill = (await stats(driver)).nodes.Article;
      if (articlesAtKill > 0 || child.exitCode !== null) break;
      await new Promise((res) => setTimeout(res, 100));
    }
    child.kill('SIGKILL');
    await exited;
    expect(child.signalCode).toBe('SIGKILL'); // it was still running: the kill landed mid-ingest
    const partial = await dumpGraph(driver);

    const rerun = await runKg(['ingest', dir]);
    expect(rerun.code).toBe(0);
    const recovered = await dumpGraph(driver);

    await resetGraph(driver);
    expect((await runKg(['ingest', dir])).code).toBe(0);
    const clean = await dumpGraph(driver);

    expect(recovered).toEqual(clean);
    const cleanFacts = factsByArticle(clean);
    const partialFacts = factsByArticle(partial);
    expect(partialFacts.size).toBeGreaterThan(0);
    expect(partialFacts.size).toBeLessThan(cleanFacts.size); // part way, not done
    for (const [article, facts] of partialFacts) expect(facts).toEqual(cleanFacts.get(article));
  }, 300_000);
});
