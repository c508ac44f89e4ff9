// supervise() (src/api/supervise.ts), as `kg start` uses it: a crash of the serving child is restarted by
// the parent; a failure before serving is a configuration error and is not.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./api-supervise-child.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kg-supervise-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(name: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; lines: string[] }> {
  const runsFile = join(dir, name);
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, RUNS_FILE: runsFile, KG_SUPERVISE: '', ...env },
    stdio: 'inherit',
  });
  return new Promise((resolve) =>
    child.once('exit', (code) => resolve({ code, lines: readFileSync(runsFile, 'utf8').split('\n').filter(Boolean) })),
  );
}

describe('supervise', () => {
  it('restarts the API process after a crash, saying so, and ends with it', async () => {
    const { code, lines } = await run('crash');
    expect(lines.filter((line) => line === 'run')).toHaveLength(2);
    expect(lines.find((line) => line.startsWith('log '))).toMatch(/crashed \(SIGKILL\).*restarting in 0.05 s/);
    expect(code).toBe(0);
  }, 30_000);

  it('does not restart a process that failed before it served, and exits with its code', async () => {
    const { code, lines } = await run('early', { FAIL_EARLY: '1' });
    expect(lines.filter((line) => line === 'run')).toHaveLength(1);
    expect(lines.find((line) => line.startsWith('log '))).toMatch(/failed before it served \(exit code 3\); not restarting/);
    expect(code).toBe(3);
  }, 30_000);
});
