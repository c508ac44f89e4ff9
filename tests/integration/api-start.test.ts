// `kg start` (what `npm start` runs) on a fresh data folder with the embedded default Neo4j: it becomes
// ready, says in a short block where everything is, answers the sample-data question, shows it in the
// explorer (real Chromium), and a second start over the same folder changes nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedStatus } from '../../src/graph/embedded.ts';
import { freePort } from './api-helpers.ts';
import { repoRoot } from './support.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'kg-api-start-'));
const children = new Set<ChildProcess>();
// A JVM start on a loaded machine can take minutes: generous time, no timing claims.
const START_TIMEOUT_MS = 300_000;
const CHROMIUM = '/usr/bin/chromium';

interface Started {
  base: string;
  /** The JSON log lines on stdout. */
  logs: Record<string, any>[];
  /** Everything else on stdout: the block for people. */
  text: () => string;
  child: ChildProcess;
}

/** Runs `kg start` with no NEO4J_URI (so: embedded) and waits for /readyz; LOG_LEVEL null leaves it unset. */
async function start(logLevel: string | null): Promise<Started> {
  const port = await freePort();
  const { NEO4J_URI: _uri, NEO4J_USER: _user, NEO4J_PASSWORD: _password, LOG_LEVEL: _level, ...env } = process.env;
  const child = spawn(process.execPath, [join(repoRoot, 'bin/kg.js'), 'start'], {
    cwd: repoRoot,
    env: { ...env, PORT: String(port), KG_DATA_DIR: dataDir, KG_NEO4J_HEAP: '512m', ...(logLevel ? { LOG_LEVEL: logLevel } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const logs: Record<string, any>[] = [];
  const lines: string[] = [];
  let stderr = '';
  let rest = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) {
      if (line.startsWith('{')) logs.push(JSON.parse(line));
      else lines.push(line);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS - 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`kg start exited with ${child.exitCode}: ${stderr}`);
    const ready = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
    if (ready) return { base, logs, text: () => lines.join('\n'), child };
    if (Date.now() > deadline) throw new Error(`kg start not ready in time: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function stop(child: ChildProcess): Promise<number | null> {
  children.delete(child);
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

afterAll(async () => {
  await Promise.all([...children].map(stop));
  rmSync(dataDir, { recursive: true, force: true });
}, START_TIMEOUT_MS);

async function coAttendees(base: string): Promise<string[]> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ coAttendees(name: "王策飞") { person { name } events { name date } } }' }),
  });
  const { data } = (await response.json()) as { data: { coAttendees: { person: { name: string } }[] } };
  return data.coAttendees.map((row) => row.person.name).sort();
}

const MEETING = '2026年龙岗区·寻乌县支援合作联席会议';
const AT_THE_MEETING = ['王策飞', '蓝贤林', '徐红丽', '罗俊腾', '钟平', '廖永强', '高磊'];

/** The labels the explorer shows at /explorer?center=王策飞, in headless Chromium. */
async function explorerLabels(base: string): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/explorer?center=${encodeURIComponent('王策飞')}`);
    await page.waitForFunction(() => document.getElementById('graph')?.dataset.layout === 'done', null, { timeout: 60_000 });
    return await page.evaluate(() => (window as any).cy.nodes(':visible').map((n: any) => n.data('label')));
  } finally {
    await browser.close();
  }
}

describe('kg start', () => {
  let firstGraph: unknown;

  it('starts Neo4j, ingests the samples and serves, saying where the playground and the explorer are', async () => {
    const { base, logs, text, child } = await start('info');
    const port = new URL(base).port;
    expect(logs.find((l) => l.msg === 'sample articles ingested')).toMatchObject({ files: 2, failures: [] });
    expect(logs.map((l) => l.msg)).toContain(`GraphQL API and GraphiQL playground at http://localhost:${port}/graphql`);
    await expect.poll(text, { timeout: 10_000 }).toContain('kg is ready.');
    expect(text()).toContain(`  data        ${dataDir} (embedded Neo4j 5.26, bolt://127.0.0.1:`);
    expect(text()).toContain(`  playground  http://localhost:${port}/graphql`);
    expect(text()).toContain(`  explorer    http://localhost:${port}/explorer?center=%E7%8E%8B%E7%AD%96%E9%A3%9E`);
    expect(text()).toContain('  ask         { coAttendees(name: "王策飞")');
    expect(await coAttendees(base)).toEqual(['廖永强', '徐红丽', '罗俊腾', '蓝贤林', '钟平', '高磊'].sort());
    firstGraph = await (await fetch(`${base}/export/cytoscape.json`)).json();
    const sdl = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(JSON.stringify(await sdl.json())).toContain('@key(fields: \\"id\\")');
    if (existsSync(CHROMIUM)) expect(await explorerLabels(base)).toEqual(expect.arrayContaining([...AT_THE_MEETING, MEETING]));
    else console.warn(`kg start: explorer not opened in a browser (needs ${CHROMIUM})`);
    expect(await stop(child)).toBe(0);
    expect(await embeddedStatus(dataDir)).toBeNull();
  }, START_TIMEOUT_MS);

  it('changes nothing when started again on the same data folder', async () => {
    // Without LOG_LEVEL, `kg start` writes no JSON lines: only the block, which says nothing new was loaded.
    const { base, logs, text, child } = await start(null);
    await expect.poll(text, { timeout: 10_000 }).toContain('kg is ready.');
    expect(text()).toContain('(new: 0 nodes, 0 relationships)');
    expect(logs).toEqual([]);
    expect(await (await fetch(`${base}/export/cytoscape.json`)).json()).toEqual(firstGraph);
    expect(await stop(child)).toBe(0);
  }, START_TIMEOUT_MS);
});
