// Child processes the benchmark measures from outside: their peak memory, and load from autocannon.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Resident set size of a process and its descendants in MiB (from /proc), or null once it is gone.
 * Descendants count because `node bin/kg.js ingest` does its work in a child; summing RSS counts the
 * pages parent and child share (node's code, ≈35 MiB for a waiting node parent) twice, so it errs high.
 * This sum is what the ≤ 500 MB goal is judged by; `pssMiB` beside it splits shared pages among sharers.
 */
export function rssMiB(pid: number): number | null {
  return treeKiB(pid, ownRssKiB);
}

/** Proportional set size of a process and its descendants in MiB (/proc/PID/smaps_rollup), or null once gone. */
export function pssMiB(pid: number): number | null {
  return treeKiB(pid, ownPssKiB);
}

function treeKiB(pid: number, own: (pid: number) => number | null): number | null {
  const kb = own(pid);
  if (kb === null) return null;
  let sum = kb / 1024;
  for (const child of childrenOf(pid)) sum += treeKiB(child, own) ?? 0;
  return sum;
}

function fieldKiB(path: string, field: RegExp): number | null {
  try {
    const kb = field.exec(readFileSync(path, 'utf8'))?.[1];
    return kb ? Number(kb) : null;
  } catch {
    return null;
  }
}

const ownRssKiB = (pid: number) => fieldKiB(`/proc/${pid}/status`, /VmRSS:\s+(\d+)/);
const ownPssKiB = (pid: number) => fieldKiB(`/proc/${pid}/smaps_rollup`, /^Pss:\s+(\d+)/m);

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * Samples a process tree's RSS (and PSS) every `everyMs` until stopped; `stop` reports the peak RSS seen,
 * `peakPssMiB` the peak PSS (read after `stop`).
 */
export function watchRss(pid: number, everyMs = 100): { stop: () => number; peakPssMiB: () => number } {
  let peak = 0;
  let peakPss = 0;
  const sample = () => {
    const mb = rssMiB(pid);
    if (mb !== null && mb > peak) peak = mb;
    const pss = pssMiB(pid);
    if (pss !== null && pss > peakPss) peakPss = pss;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      sample();
      clearInterval(timer);
      return peak;
    },
    peakPssMiB: () => peakPss,
  };
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** CPU µs per answered request of the server process and of Neo4j while the load ran (the query bench). */
  cpuUs?: { server: number; neo4j: number };
}

/** User + system CPU (ms) of a process and its direct children, from /proc (clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const ticks = (p: number) => {
    const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
  };
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {}
  return [pid, ...children].reduce((sum, p) => sum + ticks(p), 0) * 10;
}


/** Runs autocannon in its own process (so the load generator does not share a CPU budget with us). */
export function autocannon(
  url: string,
  body: string,
  opts: { connections: number; seconds: number },
): Promise<LoadResult> {
  const cli = require.resolve('autocannon/autocannon.js');
  const args = [cli, '-j', '-c', String(opts.connections), '-d', String(opts.seconds), '-m', 'POST',
    '-H', 'content-type=application/json', '-b', body, url];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited ${code}: ${err.slice(-500)}`));
      const r = JSON.parse(out) as {
        requests: { total: number; average: number };
        latency: { p50: number; p99: number };
        errors: number;
        non2xx: number;
        duration: number;
      };
      resolve({
        requests: r.requests.total,
        rps: r.requests.total / r.duration,
        p50: r.latency.p50,
        p99: r.latency.p99,
        errors: r.errors,
        non2xx: r.non2xx,
      });
    });
  });
}

/** Spawns `node <args>` and resolves once its stdout matches `readyLine` (then only drains it). */
export function spawnReady(
  args: string[],
  env: Record<string, string>,
  readyLine: RegExp,
  timeoutMs = 120_000,
): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let seen = '';
    let errText = '';
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${args.join(' ')} not ready after ${timeoutMs} ms: ${errText.slice(-800)}`));
    }, timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      if (ready) return; // request logs under load: read and dropped
      seen = (seen + d.toString()).slice(-8000);
      const m = readyLine.exec(seen);
      if (m) {
        ready = true;
        clearTimeout(timer);
        resolve({ child, match: m });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (errText = (errText + d.toString()).slice(-4000)));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`${args.join(' ')} exited ${code} before ready: ${errText.slice(-800)}`));
    });
  });
}

/** Stops a child we started and waits for it to be gone. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
