// bin/kg.js started as a program (a user's `kg`): sh reads its first lines and, for `kg ingest`, execs node with
// the ingest's limits, so the process the caller started is the ingest itself (no node parent left waiting,
// src/bench/findings.md item 28). Started as `node bin/kg.js`, node starts the limited child and waits.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const kg = fileURLToPath(new URL('../../bin/kg.js', import.meta.url));

// A preload that reports what the process it runs in was started with, then ends it before any work.
const probe = join(mkdtempSync(join(tmpdir(), 'kg-launcher-')), 'probe.mjs');
writeFileSync(
  probe,
  `import { getHeapStatistics } from 'node:v8';
if (process.env.KG_INGEST_LIMITED === '1') {
  console.log(JSON.stringify({ pid: process.pid, arenas: process.env.MALLOC_ARENA_MAX, heapMiB: getHeapStatistics().heap_size_limit / 1048576 }));
  process.exit(0);
}`,
);

interface Probe {
  started: number;
  pid: number;
  arenas: string;
  heapMiB: number;
}

function run(command: string, args: string[]): Promise<Probe> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, NODE_OPTIONS: `--import ${probe}`, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (code !== 0 || !line) return reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${err.slice(-500)}`));
      resolve({ started: child.pid!, ...(JSON.parse(line) as Omit<Probe, 'started'>) });
    });
  });
}

describe('bin/kg.js launching kg ingest', () => {
  it('as a program: sh execs the limited node in the process the caller started (no waiting parent)', async () => {
    const p = await run(kg, ['ingest', '--help']);
    expect(p.pid).toBe(p.started);
    expect(p.arenas).toBe('1');
    // --max-old-space-size=256 plus the young generation: far below V8's default on this machine.
    expect(p.heapMiB).toBeLessThan(320);
  });

  it('as `node bin/kg.js`: the same limits, in a child the node it started waits for', async () => {
    const p = await run(process.execPath, [kg, 'ingest', '--help']);
    expect(p.pid).not.toBe(p.started);
    expect(p.arenas).toBe('1');
    expect(p.heapMiB).toBeLessThan(320);
  });
});
