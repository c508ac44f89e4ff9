// The embedded Neo4j's JVM as a child process: how it is spawned (the launcher's flags and arguments), how
// its readiness is awaited (the ready line when attached, the state file when detached), and how it is
// stopped. embedded.ts decides when; this file knows how.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { passwordFile } from './embedded-auth.ts';
import type { EmbeddedOptions, EmbeddedState } from './embedded.ts';

const READY_PREFIX = 'KG_NEO4J_READY ';
export const STATE_FILE = 'neo4j-state.json';
const LOG_FILE = 'launcher.log';

/**
 * Flags Java 17 needs for Neo4j (see ../shared/notes/neo4j-embedded.md), and one for latency: no safepoint
 * every second for housekeeping alone. On a loaded 2-core machine reaching a safepoint waited up to 0.6 s for
 * descheduled threads while every query thread stood still; these were 2/3 of all safepoints under query load
 * (src/bench/findings.md, item 36). HotSpot's (Temurin's and Debian's) diagnostic flag, in Java 17 and later.
 */
export const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  // A JVM that ran out of memory is in no state to keep a store open.
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:GuaranteedSafepointInterval=0',
];

const MiB = 2 ** 20;

/** Bytes of the files under `path`. */
export function bytesUnder(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, f) => n + bytesUnder(join(path, f)), 0);
}

/**
 * The page cache by default: room for the whole store twice over (it grows while loading), at least 1 GiB
 * (the 100k-article bench store is 644 MiB, the old default 128 MiB) and at most a quarter of the machine's memory.
 * A store larger than its page cache reads from disk on every question that walks a hub (src/bench/findings.md,
 * item 25). Neo4j takes the memory as pages are read: an instance on a 2.6 MiB store with 512 MiB set had
 * 588 MiB RSS in all, its 1 GiB heap included.
 */
export function defaultPageCache(dataDir: string): string {
  const store = bytesUnder(join(dataDir, 'data', 'databases'));
  const mib = Math.min(Math.max(1024, Math.ceil((2 * store) / MiB)), Math.floor(totalmem() / 4 / MiB));
  return `${mib}m`;
}

/** KG_NEO4J_JAVA_OPTS: more JVM flags, split on white space, placed after ours so that a repeated flag wins. */
export function extraJavaOptions(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.KG_NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean);
}

/** The java command line's arguments: heap, our flags, KG_NEO4J_JAVA_OPTS, then the launcher's own. */
export function launcherArgs(dataDir: string, classpath: string, opts: EmbeddedOptions, env: NodeJS.ProcessEnv = process.env): string[] {
  const heap = opts.heap ?? env.KG_NEO4J_HEAP ?? '1g';
  return [
    `-Xmx${heap}`,
    // The heap at its full size from the start: else G1 kept it at 160–214 MiB under query load and paused for
    // the young generation every 1–2 s (11 pauses against 3 in the same rounds, item 36). It costs memory: G1
    // spreads over the larger young generation, +100–200 MiB RSS per instance (692 vs 491 MiB for the tests'
    // shared one); KG_NEO4J_JAVA_OPTS=-Xms256m gives it back on a small machine.
    `-Xms${heap}`,
    ...JVM_FLAGS,
    ...extraJavaOptions(env),
    '-cp',
    classpath,
    'Launcher',
    '--home', dataDir,
    '--port', String(opts.port ?? 0),
    '--pagecache', opts.pageCache ?? env.KG_NEO4J_PAGECACHE ?? defaultPageCache(dataDir),
    '--tx-memory', opts.txMemory ?? env.KG_NEO4J_TX_MEMORY ?? '512m',
    '--state', join(dataDir, STATE_FILE),
    '--password-file', passwordFile(dataDir),
  ];
}

export function spawnLauncher(dataDir: string, classpath: string, opts: EmbeddedOptions): ChildProcess {
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const args = launcherArgs(dataDir, classpath, opts);
  if (opts.detached) {
    // Output goes to a log file: nothing of ours may hold the JVM's pipes once we exit.
    const out = openSync(join(dataDir, LOG_FILE), 'a');
    try {
      return spawn(java, args, { detached: true, stdio: ['ignore', out, out] });
    } finally {
      closeSync(out);
    }
  }
  // Attached: the launcher watches its stdin and stops when we go away, even after kill -9.
  return spawn(java, [...args, '--watch-stdin'], { stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Once ready, an attached launcher must not keep this process alive; it stops when we exit. */
export function letProcessExitWithout(child: ChildProcess): void {
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void }).unref?.();
}

export function waitForReadyLine(child: ChildProcess, deadline: number): Promise<EmbeddedState> {
  return new Promise((res, rej) => {
    let tail = '';
    const keepTail = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000));
    child.stderr!.on('data', keepTail);
    const timer = setTimeout(() => fail(new Error('Neo4j did not report ready in time')), Math.max(0, deadline - Date.now()));
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (!line.startsWith(READY_PREFIX)) return keepTail(Buffer.from(`${line}\n`));
      clearTimeout(timer);
      const uri = line.slice(READY_PREFIX.length).trim();
      res({ pid: child.pid!, port: Number(new URL(uri.replace('bolt:', 'http:')).port), uri });
    });
    child.on('error', (err) => fail(new Error(`cannot run java: ${err.message}`)));
    child.on('exit', (code, signal) => fail(new Error(`Neo4j launcher exited (${signal ?? code}) before it was ready`)));
    function fail(err: Error) {
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
      rej(new Error(`${err.message}${tail ? `\n${tail.trim()}` : ''}`));
    }
  });
}

export async function waitForStateFile(dataDir: string, child: ChildProcess, deadline: number): Promise<EmbeddedState> {
  const file = join(dataDir, STATE_FILE);
  let exited: string | null = null;
  child.on('exit', (code, signal) => (exited = String(signal ?? code)));
  child.on('error', (err) => (exited = err.message));
  while (Date.now() < deadline) {
    const state = readState(file);
    if (state && state.pid === child.pid) return state;
    if (exited !== null) {
      throw new Error(`Neo4j launcher exited (${exited}) before it was ready; see ${join(dataDir, LOG_FILE)}`);
    }
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error(`Neo4j did not report ready in time; see ${join(dataDir, LOG_FILE)}`);
}

export function readState(file: string): EmbeddedState | null {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as EmbeddedState;
    return Number.isInteger(state.pid) && Number.isInteger(state.port) && typeof state.uri === 'string' ? state : null;
  } catch {
    return null;
  }
}

export async function terminate(pid: number, timeoutMs: number, exited?: Promise<void>): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  const gone = exited ?? (async () => { while (isAlive(pid)) await sleep(100); })();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((res) => (timer = setTimeout(() => res('timeout'), Math.max(0, deadline - Date.now()))));
  const outcome = await Promise.race([gone.then(() => 'gone' as const), timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    process.kill(pid, 'SIGKILL');
    await gone;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function portAnswers(port: number): Promise<boolean> {
  return new Promise((res) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(2000);
    socket.once('connect', () => (socket.destroy(), res(true)));
    socket.once('timeout', () => (socket.destroy(), res(false)));
    socket.once('error', () => res(false));
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((res) => setTimeout(res, ms));
}

