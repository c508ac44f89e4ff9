// `kg stats` rough edges: a data folder with no database is said to be empty (not opened, which would
// create a store and print zeros), and a reader that stops early (`kg stats | head`) is no error.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kgEnv, repoRoot } from './support.ts';

const emptyDir = mkdtempSync(join(tmpdir(), 'kg-stats-empty-'));
afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `kg stats ARGS`; with `closeEarly`, its stdout pipe is closed before it writes (as `| head` does). */
function kgStats(args: string[], env: NodeJS.ProcessEnv, closeEarly = false): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/kg.js'), 'stats', ...args], { cwd: repoRoot, env });
    let stdout = '';
    let stderr = '';
    if (closeEarly) child.stdout.destroy();
    else child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('kg stats', () => {
  it('says a data folder holds no database instead of creating one', async () => {
    const { NEO4J_URI: _uri, NEO4J_USER: _user, NEO4J_PASSWORD: _password, ...env } = process.env;
    const run = await kgStats([], { ...env, KG_DATA_DIR: emptyDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`kg stats: no database in ${emptyDir}`);
    expect(run.stdout).toBe('');
    expect(readdirSync(emptyDir)).toEqual([]);
  });

  it('exits quietly when its reader closes the pipe early', async () => {
    const run = await kgStats(['--format', 'json'], kgEnv(), true);
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
    expect(run.code).toBe(0);
  });
});
