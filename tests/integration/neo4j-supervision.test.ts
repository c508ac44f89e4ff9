// A running `kg serve` keeps its embedded Neo4j (issue 14): kill -9 of the JVM → its supervisor starts it again
// and the API answers again, nothing lost; `kg neo4j stop` is respected (not undone), and after
// `kg neo4j start` on another port the same server follows it, without a restart of its own.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './api-helpers.ts';
import { coAttendees, embeddedEnv, startServe, type ServeProcess } from './kg-serve-process.ts';
import { runKg, samplesDir } from './support.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'kg-supervision-'));
// KG_RESPONSE_CACHE off: an outage must be seen by the query itself, not hidden by a cached answer.
const env = embeddedEnv({ KG_DATA_DIR: dataDir, KG_RESPONSE_CACHE: 'off' });
// Only for getting it going at all: a JVM start on a loaded machine can take minutes.
const START_TIMEOUT_MS = 300_000;
// The bound the issue names for coming back (issue 14, "Done when"). A restart measured 86 s at load average
// 22 on this 2-core machine (≈ 15-30 s when it is quiet): KG_TEST_RECOVERY_MS widens it on such a machine.
const RECOVERY_MS = Number(process.env.KG_TEST_RECOVERY_MS) || 60_000;
const EXPECTED = ['廖永强', '徐红丽', '罗俊腾', '蓝贤林', '钟平', '高磊'].sort();

let serve: ServeProcess;

const state = () => JSON.parse(readFileSync(join(dataDir, 'neo4j-state.json'), 'utf8')) as { pid: number; port: number; uri: string };
/** The state file, once there: the launcher writes it a moment after Bolt already answers. */
async function stateOnceWritten(): Promise<ReturnType<typeof state>> {
  for (let tries = 0; ; tries++) {
    try {
      return state();
    } catch (error) {
      if (tries > 120) throw error;
      await sleep(500);
    }
  }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the server until it answers the sample question; returns what it saw on the way. */
async function untilAnswering(withinMs: number): Promise<{ answered: boolean; seen: Set<string>; readyz: Set<number> }> {
  const seen = new Set<string>();
  const readyz = new Set<number>();
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    const answer = await coAttendees(serve.base);
    if (Array.isArray(answer)) {
      expect(answer).toEqual(EXPECTED);
      return { answered: true, seen, readyz };
    }
    seen.add(answer);
    readyz.add((await fetch(`${serve.base}/readyz`)).status);
    await sleep(500);
  }
  return { answered: false, seen, readyz };
}

const statsJson = async () => {
  const run = await runKg(['stats', '--format', 'json'], { env });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as unknown;
};

beforeAll(async () => {
  serve = await startServe(env, START_TIMEOUT_MS);
  // Another process loads the samples through the same embedded Neo4j (found through the folder's state file).
  const ingest = await runKg(['ingest', samplesDir], { env });
  expect(ingest.code).toBe(0);
}, START_TIMEOUT_MS);

afterAll(async () => {
  await serve?.stop();
  await runKg(['neo4j', 'stop'], { env });
  rmSync(dataDir, { recursive: true, force: true });
}, START_TIMEOUT_MS);

describe('a supervised embedded Neo4j under kg serve', () => {
  it('is started again after kill -9 of its JVM, and the server answers again within 60 s with nothing lost', async () => {
    expect(await coAttendees(serve.base)).toEqual(EXPECTED);
    const before = await statsJson();
    const killed = state();

    process.kill(killed.pid, 'SIGKILL');
    const { answered, seen } = await untilAnswering(RECOVERY_MS);
    // On failure, say how far the restart got (the supervisor's lines in the server's log).
    const neo4jLines = () => serve.logs.filter((line) => line.component === 'neo4j').map((line) => String(line.msg));
    expect(answered, neo4jLines().join('\n')).toBe(true);
    // Queries in the gap were told at once what is wrong, not left hanging (or told something else).
    expect([...seen].filter((code) => code !== 'NEO4J_UNAVAILABLE')).toEqual([]);

    expect((await stateOnceWritten()).pid).not.toBe(killed.pid);
    expect(await statsJson()).toEqual(before);
    const restartLines = serve.logs.filter((line) => String(line.msg).includes('exited unexpectedly'));
    expect(restartLines).toHaveLength(1);
    expect(String(restartLines[0]!.msg)).toMatch(new RegExp(`Neo4j \\(pid ${killed.pid}\\) exited unexpectedly \\(SIGKILL\\); restarting it in 1 s`));
  }, START_TIMEOUT_MS);

  it('leaves a `kg neo4j stop` alone, and follows `kg neo4j start` to a new port within 60 s', async () => {
    const before = await statsJson();
    const old = await stateOnceWritten();
    expect((await runKg(['neo4j', 'stop'], { env })).stdout).toContain('stopped');

    // The gap: a coded error and 503, and nobody starts it again behind the user's back.
    expect(await coAttendees(serve.base)).toBe('NEO4J_UNAVAILABLE');
    expect((await fetch(`${serve.base}/readyz`)).status).toBe(503);
    await sleep(5_000);
    expect((await runKg(['neo4j', 'status'], { env })).code).toBe(3);
    expect(serve.logs.some((line) => String(line.msg).includes('stopped with `kg neo4j stop`: not restarting it'))).toBe(true);

    let port = await freePort();
    while (port === old.port) port = await freePort();
    const start = await runKg(['neo4j', 'start', '--port', String(port)], { env });
    expect(start.stdout).toContain(`started: bolt://127.0.0.1:${port}`);

    const { answered } = await untilAnswering(RECOVERY_MS);
    expect(answered).toBe(true);
    expect((await fetch(`${serve.base}/readyz`)).status).toBe(200);
    expect(serve.child.exitCode).toBeNull(); // the same server process throughout
    expect(await statsJson()).toEqual(before);
  }, START_TIMEOUT_MS);
});
