// A data folder kg cannot write is named as such at once (issue 13, item 5), instead of `kg stats` waiting
// 300 s for "another process" to start Neo4j. Run as an unprivileged user: root writes anywhere.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const parent = mkdtempSync(join(tmpdir(), 'kg-readonly-'));
const dataDir = join(parent, 'data');
mkdirSync(dataDir);
// A store in it, as a folder someone loaded before: an empty folder is answered earlier, as having no database.
mkdirSync(join(dataDir, 'data', 'databases', 'neo4j'), { recursive: true });
chmodSync(parent, 0o755);
chmodSync(dataDir, 0o555);
const root = process.getuid?.() === 0;
// As root, run kg as "nobody" (65534), for whom the folder is read-only; as anyone else, as ourselves.
const asUser = root ? { uid: 65534, gid: 65534 } : {};

function kg(args: string[]) {
  return spawnSync(process.execPath, [join(repoRoot, 'bin/kg.js'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, HOME: parent, KG_DATA_DIR: dataDir, NEO4J_URI: '', JAVA_HOME: '/nonexistent-java' },
    encoding: 'utf8',
    timeout: 60_000,
    ...asUser,
  });
}

afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('a read-only data folder', () => {
  it('is named as such by kg stats, with the way out, and nothing is started', () => {
    const run = kg(['stats']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`the data folder ${dataDir} is read-only for this user (EACCES)`);
    expect(run.stderr).toContain('set KG_DATA_DIR to a writable folder');
    expect(run.stderr).not.toContain('another process');
    expect(run.stderr).not.toContain('cannot run java'); // refused before any JVM was tried
  }, 60_000);

  it('is named as such by kg neo4j start', () => {
    const run = kg(['neo4j', 'start']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is read-only for this user (EACCES)');
  }, 60_000);
});
