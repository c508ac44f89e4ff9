// The embedded Neo4j's page cache by default: twice the store, at least 1 GiB, at most a quarter of the RAM.
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPageCache } from '../../src/graph/launcher-process.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A data folder whose store files add up to `mib` MiB (sparse: nothing is written). */
function storeOf(mib: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-pagecache-'));
  dirs.push(dir);
  const store = join(dir, 'data', 'databases', 'neo4j');
  mkdirSync(store, { recursive: true });
  writeFileSync(join(store, 'neostore.nodestore.db'), '');
  truncateSync(join(store, 'neostore.nodestore.db'), mib * 2 ** 20);
  return dir;
}

describe('defaultPageCache', () => {
  it('gives 1 GiB to an empty or small store', () => {
    expect(defaultPageCache(join(tmpdir(), 'kg-no-such-folder'))).toBe('1024m');
    expect(defaultPageCache(storeOf(70))).toBe('1024m');
  });

  it('gives twice a large store, within a quarter of the RAM', () => {
    const cap = Math.floor(totalmem() / 4 / 2 ** 20);
    expect(defaultPageCache(storeOf(800))).toBe(`${Math.min(1600, cap)}m`);
    expect(defaultPageCache(storeOf(cap))).toBe(`${cap}m`);
  });
});
