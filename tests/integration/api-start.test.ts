// `kg start` (what `npm start` runs) on a fresh data folder with the embedded default Neo4j: it becomes
// ready, answers the sample-data question, and a second start over the same folder changes nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedStatus } from '../../src/graph/embedded.ts';
import { repoRoot } from './support.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'kg-api-start-'));
const children = new Set<ChildProcess>();
// A JVM start on a loaded machine can take minutes: generous time, no timing claims.
const START_TIMEOUT_MS = 300_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

interface Started {
  base: string;
  logs: Record<string, any>[];
  child: ChildProcess;
}

/** Runs `kg start` with no NEO4J_URI (so: embedded) and waits for /readyz. */
async function start(): Promise<Started> {
  const port = await freePort();
  const { NEO4J_URI: _uri, NEO4J_USER: _user, NEO4J_PASSWORD: _password, ...env } = process.env;
  const child = spawn(process.execPath, [join(repoRoot, 'bin/kg.js'), 'start'], {
    cwd: repoRoot,
    env: { ...env, PORT: String(port), KG_DATA_DIR: dataDir, KG_NEO4J_HEAP: '512m', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const logs: Record<string, any>[] = [];
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line));
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS - 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`kg start exited with ${child.exitCode}: ${stderr}`);
    const ready = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
    if (ready) return { base, logs, child };
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

describe('kg start', () => {
  let firstGraph: unknown;

  it('starts Neo4j, ingests the samples and serves, saying where the playground is', async () => {
    const { base, logs, child } = await start();
    expect(logs.find((l) => l.msg === 'sample articles ingested')).toMatchObject({ files: 2, failures: [] });
    expect(logs.map((l) => l.msg)).toContain(`GraphQL API and GraphiQL playground at http://localhost:${new URL(base).port}/graphql`);
    expect(await coAttendees(base)).toEqual(['廖永强', '徐红丽', '罗俊腾', '蓝贤林', '钟平', '高磊'].sort());
    firstGraph = await (await fetch(`${base}/export/cytoscape.json`)).json();
    const sdl = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(JSON.stringify(await sdl.json())).toContain('@key(fields: \\"id\\")');
    expect(await stop(child)).toBe(0);
    expect(await embeddedStatus(dataDir)).toBeNull();
  }, START_TIMEOUT_MS);

  it('changes nothing when started again on the same data folder', async () => {
    const { base, logs, child } = await start();
    expect(logs.find((l) => l.msg === 'sample articles ingested')).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await (await fetch(`${base}/export/cytoscape.json`)).json()).toEqual(firstGraph);
    expect(await stop(child)).toBe(0);
  }, START_TIMEOUT_MS);
});
