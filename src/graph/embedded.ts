// The embedded default: Neo4j Community 5.26 run from neo4j-launcher/ (pom.xml + Launcher.java, compiled once
// into its target/classes: classpath.ts). One instance per data folder: a state file in the folder (pid, port, uri)
// lets other `kg` commands reuse a running instance instead of opening the locked store twice, and follow it
// when it moves (follow.ts). Auth is on, with the folder's own password (embedded-auth.ts). An attached
// instance is supervised by the process that started it (supervise.ts).
import type { ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AuthToken } from 'neo4j-driver';
import { ensureClasspath, launcherClasspath } from './classpath.ts';
import { authToken, embeddedCredentials, type EmbeddedCredentials } from './embedded-auth.ts';
import {
  isAlive,
  letProcessExitWithout,
  portAnswers,
  readState,
  sleep,
  spawnLauncher,
  STATE_FILE,
  terminate,
  waitForReadyLine,
  waitForStateFile,
} from './launcher-process.ts';
import { startProgress } from './progress.ts';
import { supervise } from './supervise.ts';

export { ensureClasspath } from './classpath.ts';
const START_LOCK = 'neo4j-starting.lock';
/** Left by `kg neo4j stop`: the instance was stopped on purpose, and no supervisor brings it back. */
const STOPPED_MARKER = 'neo4j-stopped';
// A JVM start measured at 15-27 s on this machine's 2 shared cores: the bar's estimate.
const EXPECTED_START_MS = 20_000;

export interface EmbeddedOptions {
  /** Store and logs live here; default KG_DATA_DIR or `.data/`. */
  dataDir?: string;
  /** Bolt port on 127.0.0.1; default a free one. */
  port?: number;
  /** JVM heap (-Xmx, and -Xms the same), default KG_NEO4J_HEAP or 1g. */
  heap?: string;
  /** Page cache, default KG_NEO4J_PAGECACHE or twice the store (1g to a quarter of RAM): defaultPageCache. */
  pageCache?: string;
  /** Global transaction memory limit, default KG_NEO4J_TX_MEMORY or 512m. */
  txMemory?: string;
  /** Keep running after this process exits (`kg neo4j start`); otherwise it dies with us. */
  detached?: boolean;
  /** Where progress lines go (Maven's first download, start-up); default stderr. */
  log?: (line: string) => void;
  /** Draw progress bars for Maven and the start on stderr (default: when it is a terminal); else lines to `log`. */
  progressBar?: boolean;
  /** Give up waiting for the ready line after this long. */
  startTimeoutMs?: number;
  /** An attached instance is restarted when it dies unasked (default true). */
  supervise?: boolean;
}

export interface EmbeddedState {
  pid: number;
  port: number;
  uri: string;
}

export interface EmbeddedNeo4j extends EmbeddedState {
  dataDir: string;
  /** User and password of the folder (auth is on). */
  credentials: EmbeddedCredentials;
  /** The same, as the driver takes it: `neo4j.driver(embedded.uri, embedded.auth)`. */
  auth: AuthToken;
  /** True when another process started it; stop() then leaves it running. */
  reused: boolean;
  /** Stops the instance if this process started it (SIGTERM, waits for a clean exit). */
  stop(): Promise<void>;
}

export function defaultDataDir(): string {
  return resolve(process.env.KG_DATA_DIR || '.data');
}

/** Starts Neo4j embedded on `dataDir`, or reuses the one already running there. */
export async function startEmbedded(opts: EmbeddedOptions = {}): Promise<EmbeddedNeo4j> {
  const dataDir = resolve(opts.dataDir ?? defaultDataDir());
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const deadline = Date.now() + (opts.startTimeoutMs ?? 300_000);
  prepareDataDir(dataDir);
  const credentials = embeddedCredentials(dataDir);
  const launched = await launchOrReuse(dataDir, opts, log, deadline);
  if ('reused' in launched) return { ...launched.reused, dataDir, credentials, auth: authToken(credentials), reused: true, stop: async () => {} };
  if (opts.detached) launched.child.unref();
  else letProcessExitWithout(launched.child);
  return ownedHandle(dataDir, launched, credentials, opts, log);
}

/** A child this process launched, and where it listens. */
export interface Launched {
  state: EmbeddedState;
  child: ChildProcess;
}

/** Launches an instance on `dataDir` unless one runs there (then `reused`); one launcher at a time per folder. */
export async function launchOrReuse(
  dataDir: string,
  opts: EmbeddedOptions,
  log: (line: string) => void,
  deadline: number,
): Promise<Launched | { reused: EmbeddedState }> {
  for (;;) {
    const running = await embeddedStatus(dataDir);
    if (running) return { reused: running };
    if (takeStartLock(dataDir)) break;
    // Someone else is starting it right now: wait for their state file (or for their lock to go).
    if (Date.now() > deadline) throw new Error(`timed out waiting for another process to start Neo4j in ${dataDir}`);
    await sleep(500);
  }
  try {
    // It may have come up between our look and taking the lock.
    const running = await embeddedStatus(dataDir);
    if (running) return { reused: running };
    const bar = opts.progressBar;
    const classpath = await launcherClasspath(await ensureClasspath({ log, ...(bar === undefined ? {} : { progressBar: bar }) }));
    rmSync(join(dataDir, STOPPED_MARKER), { force: true }); // starting it is the user's say-so again
    const progress = await startProgress({ label: 'Starting Neo4j', total: EXPECTED_START_MS, log, ...(bar === undefined ? {} : { bar }) });
    const began = Date.now();
    const ticker = setInterval(() => progress.update(Date.now() - began), 250);
    try {
      const child = spawnLauncher(dataDir, classpath, opts);
      const state = opts.detached ? await waitForStateFile(dataDir, child, deadline) : await waitForReadyLine(child, deadline);
      progress.done(`Neo4j ready at ${state.uri} in ${((Date.now() - began) / 1000).toFixed(1)} s (data ${dataDir})`);
      return { state, child };
    } catch (err) {
      progress.done('Neo4j did not start');
      throw err;
    } finally {
      clearInterval(ticker);
    }
  } finally {
    rmSync(join(dataDir, START_LOCK), { force: true });
  }
}

/** The folder must exist and take writes (lock, state, password, store): say so at once when it does not. */
function prepareDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'EROFS' ? 'is on a read-only file system' : code === 'EACCES' || code === 'EPERM' ? 'is read-only for this user' : 'cannot be used';
    throw new Error(
      `the data folder ${dataDir} ${why} (${code ?? (err as Error).message}): kg keeps the Neo4j store, its lock and password there; set KG_DATA_DIR to a writable folder`,
    );
  }
}

/** The running instance for `dataDir`, or null; removes stale state left by a dead process. */
export async function embeddedStatus(dataDir: string = defaultDataDir()): Promise<EmbeddedState | null> {
  const file = join(resolve(dataDir), STATE_FILE);
  const state = readState(file);
  if (!state) return null;
  if (isAlive(state.pid) && (await portAnswers(state.port))) return state;
  if (!isAlive(state.pid)) rmSync(file, { force: true });
  return null;
}

/** Stops the instance running on `dataDir` (whoever started it). Returns false when none was running. */
export async function stopEmbedded(dataDir: string = defaultDataDir(), timeoutMs = 60_000): Promise<boolean> {
  const file = join(resolve(dataDir), STATE_FILE);
  const state = readState(file);
  if (!state || !isAlive(state.pid)) {
    rmSync(file, { force: true });
    return false;
  }
  // Written before the signal, so the supervising process sees a stop on purpose, not a crash.
  writeFileSync(join(resolve(dataDir), STOPPED_MARKER), `${new Date().toISOString()} pid ${process.pid}\n`);
  await terminate(state.pid, timeoutMs);
  rmSync(file, { force: true });
  return true;
}

/** Whether `kg neo4j stop` stopped the instance on purpose (and no start came since). */
export function stoppedOnPurpose(dataDir: string): boolean {
  try {
    accessSync(join(dataDir, STOPPED_MARKER));
    return true;
  } catch {
    return false;
  }
}

/** What the state file says, whether or not that process still lives (followers re-read it). */
export function readEmbeddedState(dataDir: string): EmbeddedState | null {
  return readState(join(resolve(dataDir), STATE_FILE));
}

function ownedHandle(
  dataDir: string,
  first: Launched,
  credentials: EmbeddedCredentials,
  opts: EmbeddedOptions,
  log: (line: string) => void,
): EmbeddedNeo4j {
  const supervisor =
    !opts.detached && (opts.supervise ?? true)
      ? supervise({
          dataDir,
          first,
          log,
          relaunch: async (port) => {
            const launched = await launchOrReuse(dataDir, { ...opts, port, progressBar: false }, log, Date.now() + (opts.startTimeoutMs ?? 300_000));
            if ('child' in launched) letProcessExitWithout(launched.child);
            return launched;
          },
        })
      : null;
  let stopping: Promise<void> | undefined;
  return {
    ...first.state,
    dataDir,
    credentials,
    auth: authToken(credentials),
    reused: false,
    stop: () => {
      stopping ??= (async () => {
        const child = supervisor ? supervisor.stop() : first.child;
        if (child && child.exitCode === null && child.signalCode === null) {
          child.ref(); // keep this process alive until the JVM has shut down cleanly
          const exited = new Promise<void>((res) => child.once('exit', () => res()));
          await terminate(child.pid!, 60_000, exited);
        }
        const state = readState(join(dataDir, STATE_FILE));
        if (!state || state.pid === child?.pid) rmSync(join(dataDir, STATE_FILE), { force: true });
      })();
      return stopping;
    },
  };
}

/** Exclusive "I am starting it" marker; a marker left by a dead process is taken over. */
function takeStartLock(dataDir: string): boolean {
  const file = join(dataDir, START_LOCK);
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
    return true;
  } catch (err) {
    // Only "it exists" means another process; anything else (a read-only folder) is said as it is.
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`cannot write ${file}: ${(err as Error).message}`);
    let owner = 0;
    try {
      owner = Number(readFileSync(file, 'utf8'));
    } catch {
      return false; // just released: try again
    }
    if (!owner || !isAlive(owner)) rmSync(file, { force: true });
    return false;
  }
}
