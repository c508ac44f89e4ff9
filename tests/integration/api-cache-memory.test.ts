// The response cache is bounded in bytes: a real `kg serve` (cache on, its defaults) answers 40 distinct
// questions of ≈5 MB each and its RSS stays under 1.5 GB (entries alone let 55 such answers take it to
// 4 GB and crash it); its hits, misses and bytes are in /metrics.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExtraction } from '../../src/graph/load.ts';
import { wordyGraph } from './api-hub-fixture.ts';
import { kgEnv, repoRoot, resetGraph, testDriver } from './support.ts';

let driver: Driver;
const children: ChildProcess[] = [];

/** `kg serve` on a free port with `env`; resolves with its base URL once it listens. */
async function serve(env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/kg.js'), 'serve'], {
    cwd: repoRoot,
    env: kgEnv({ PORT: '0', LOG_LEVEL: 'info', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`kg serve exited with ${code}: ${stderr}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { port?: number; playground?: string };
        if (entry.playground && entry.port) resolve(`http://127.0.0.1:${entry.port}`);
      }
    });
  });
}

async function ask(base: string, query: string): Promise<{ bytes: number; ms: number; body: string }> {
  const started = performance.now();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await response.text();
  if (response.status !== 200 || body.startsWith('{"errors"')) throw new Error(`${response.status} ${body.slice(0, 300)}`);
  return { bytes: Buffer.byteLength(body), ms: performance.now() - started, body };
}

async function metric(base: string, name: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const match = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
  if (!match) throw new Error(`no ${name} in /metrics`);
  return Number(match[1]);
}

// Each question differs by its operation name, so each is a distinct cache entry with a ≈5 MB answer.
const question = (i: number) => `query Q${i} { entity(id: "p:wordy") { name relations { type evidence { sentence } } } }`;

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  await loadExtraction(driver, wordyGraph(1_000, 1_700)); // 1 000 sentences of 1 700 characters ≈ 5.1 MB of UTF-8
}, 300_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await resetGraph(driver);
  await driver.close();
});

describe('response cache bounded in bytes', () => {
  it('keeps RSS under 1.5 GB over 40 distinct ≈5 MB answers, and reports hits, misses and bytes', async () => {
    const base = await serve({});
    for (let i = 0; i < 40; i++) {
      const { bytes } = await ask(base, question(i));
      expect(bytes).toBeGreaterThan(5_000_000);
    }
    await ask(base, question(39)); // the last one again: a hit
    expect(await metric(base, 'process_resident_memory_bytes')).toBeLessThan(1.5e9);
    expect(await metric(base, 'kg_response_cache_misses_total')).toBe(40);
    expect(await metric(base, 'kg_response_cache_hits_total')).toBe(1);
    const cached = await metric(base, 'kg_response_cache_bytes');
    expect(cached).toBeGreaterThan(5_000_000);
    expect(cached).toBeLessThanOrEqual(200_000_000); // KG_CACHE_MAX_BYTES' default
  }, 600_000);

  it('serves a large answer the same with the cache on as off, once missed and once hit (timings logged)', async () => {
    const [on, off] = await Promise.all([serve({}), serve({ KG_RESPONSE_CACHE: 'off' })]);
    const times: Record<string, number[]> = { on: [], off: [] };
    for (let i = 100; i < 105; i++) {
      const [miss, plain] = [await ask(on, question(i)), await ask(off, question(i))];
      expect(miss.body).toBe(plain.body);
      expect((await ask(on, question(i))).body).toBe(plain.body);
      times.on!.push(miss.ms);
      times.off!.push(plain.ms);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(`≈5 MB answer, first asking (a miss): cache on median ${Math.round(median(times.on!))} ms, off ${Math.round(median(times.off!))} ms`);
  }, 600_000);
});
