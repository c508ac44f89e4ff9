// The embedded default itself: one Neo4j per data folder, reuse by a second command, stale state cleaned,
// restart keeps the data, no orphaned JVM when its owner is killed, and the one message when nothing works.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read, write } from '../../src/graph/cypher.ts';
import { embeddedStatus, startEmbedded, stopEmbedded, type EmbeddedNeo4j } from '../../src/graph/embedded.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { graphStats } from '../../src/graph/stats.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { repoRoot, runKg } from './support.ts';

const small = { heap: '512m', pageCache: '32m', txMemory: '128m', log: () => {} };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((res) => setTimeout(res, 200));
  }
  return check();
}

describe('embedded Neo4j', () => {
  let dataDir: string;
  let owned: EmbeddedNeo4j | undefined;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kg-embedded-'));
  });
  afterAll(async () => {
    await owned?.stop();
    await stopEmbedded(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs one instance per data folder: a second start reuses it, and a restart keeps the data', async () => {
    owned = await startEmbedded({ dataDir, ...small });
    expect(owned.reused).toBe(false);
    expect(owned.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    // The JVM runs with the launcher's latency flags and its heap fixed at the size asked (launcherArgs).
    const cmdline = readFileSync(`/proc/${owned.pid}/cmdline`, 'utf8').split('\0');
    expect(cmdline).toEqual(expect.arrayContaining(['-Xmx512m', '-Xms512m', '-XX:GuaranteedSafepointInterval=0']));

    const second = await startEmbedded({ dataDir, ...small });
    expect(second).toMatchObject({ reused: true, uri: owned.uri, pid: owned.pid });
    await second.stop(); // not its to stop
    expect(await embeddedStatus(dataDir)).toMatchObject({ uri: owned.uri });

    let driver = neo4j.driver(owned.uri, owned.auth);
    await applySchema(driver);
    await loadExtraction(driver, {
      articles: [{ id: 'a:keep', source: 'k.txt', span: [0, 1], title: null, date: null }],
      entities: [{ id: 'p:keep', type: 'Person', name: '王策飞', aliases: [], articles: ['a:keep'] }],
      relations: [],
    });
    await driver.close();

    await owned.stop();
    expect(isAlive(owned.pid)).toBe(false);
    expect(await embeddedStatus(dataDir)).toBeNull();

    // Same folder, same port: the API's recovery test restarts a private Neo4j exactly like this.
    owned = await startEmbedded({ dataDir, port: Number(new URL(owned.uri.replace('bolt:', 'http:')).port), ...small });
    driver = neo4j.driver(owned.uri, owned.auth);
    const stats = await graphStats(driver);
    expect(stats.nodes).toMatchObject({ Article: 1, Person: 1 });
    await write(driver, 'graph-delete-all');
    expect((await read(driver, 'graph-dump-nodes')).records).toHaveLength(0);
    await driver.close();
    await owned.stop();
    owned = undefined;
  }, 300_000);

  it('starts one instance when two commands start at the same moment', async () => {
    const dir = join(dataDir, 'race');
    const [a, b] = await Promise.all([startEmbedded({ dataDir: dir, ...small }), startEmbedded({ dataDir: dir, ...small })]);
    try {
      expect([a.reused, b.reused].sort()).toEqual([false, true]);
      expect(a.pid).toBe(b.pid);
      expect(a.uri).toBe(b.uri);
    } finally {
      await a.stop();
      await b.stop();
    }
    expect(await embeddedStatus(dir)).toBeNull();
  }, 300_000);

  it('forgets state left by a dead process', async () => {
    const stateFile = join(dataDir, 'neo4j-state.json');
    writeFileSync(stateFile, JSON.stringify({ pid: 2 ** 22 + 12345, port: 1, uri: 'bolt://127.0.0.1:1' }));
    expect(await embeddedStatus(dataDir)).toBeNull();
    expect(existsSync(stateFile)).toBe(false);
  });

  it('stops with its owner even when the owner is killed with SIGKILL', async () => {
    const script = [
      `import { startEmbedded } from ${JSON.stringify(join(repoRoot, 'src/graph/embedded.ts'))};`,
      `const n = await startEmbedded({ dataDir: ${JSON.stringify(dataDir)}, heap: '512m', log: () => {} });`,
      `console.log(JSON.stringify({ pid: n.pid, uri: n.uri }));`,
      `setInterval(() => {}, 1000);`,
    ].join('\n');
    const owner = spawn(process.execPath, ['--import', 'tsx/esm', '--input-type=module', '-e', script], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>((res) => createInterface({ input: owner.stdout! }).once('line', res));
    const { pid } = JSON.parse(line) as { pid: number };
    expect(isAlive(pid)).toBe(true);

    owner.kill('SIGKILL');
    expect(await until(() => !isAlive(pid), 60_000)).toBe(true);
    expect(await embeddedStatus(dataDir)).toBeNull();
  }, 180_000);

  it('kg neo4j start | status | stop manage a background instance', async () => {
    const env = { KG_DATA_DIR: dataDir, NEO4J_URI: '', KG_NEO4J_HEAP: '512m' };
    const start = await runKg(['neo4j', 'start'], { env });
    expect(start.code).toBe(0);
    const uri = /started: (bolt:\/\/\S+)/.exec(start.stdout)?.[1];
    expect(uri).toBeDefined();

    const status = await runKg(['neo4j', 'status'], { env });
    expect(status.stdout).toContain(`running: ${uri}`);
    // Another command reuses it rather than opening the locked store again.
    const stats = await runKg(['stats', '--format', 'json'], { env });
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout).nodes.Article).toBe(0);
    expect((await runKg(['neo4j', 'status'], { env })).stdout).toContain(`running: ${uri}`);

    expect((await runKg(['neo4j', 'stop'], { env })).stdout).toContain('stopped');
    const after = await runKg(['neo4j', 'status'], { env });
    expect(after.code).toBe(3);
    expect(after.stdout).toContain('not running');
  }, 180_000);

  it('names the three ways to a Neo4j when none works, and exits non-zero', async () => {
    // Not `stats`, which on a data folder with no database says so without trying (cli-stats.test.ts).
    const run = await runKg(['delete-article', 'a:0000000000000000'], { env: { KG_DATA_DIR: join(dataDir, 'nowhere'), NEO4J_URI: '', JAVA_HOME: '/nonexistent-java' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No Neo4j could be reached');
    expect(run.stderr).toMatch(/1\. NEO4J_URI/);
    expect(run.stderr).toMatch(/2\. testcontainers/);
    expect(run.stderr).toMatch(/3\. the embedded default.*cannot run java/);
  });
});
