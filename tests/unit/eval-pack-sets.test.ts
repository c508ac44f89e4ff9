// The files behind the real sets of `kg eval`: the heads of the gold packs in tests/fixtures/real-packs, and the
// sources of a set that spans two folders linked into one for score.mjs.
import { mkdtempSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS_DIR, linkGoldSources, readPackEntries } from '../../src/cli/commands/eval-sets.ts';

describe('the packs of kg eval', () => {
  it('are the .pack.json files of the folder, by name, each with its set, role and source files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-packs-'));
    const head = (set: string, role: string, files: string[]) => JSON.stringify({ format: 'kg-gold-pack/1', set, role, sources: files.map((file) => ({ file, sha256: '0' })), literals: 0, gold: {} });
    writeFileSync(join(dir, 'b.pack.json'), head('set-b', 'held-back', ['n-y.txt']));
    writeFileSync(join(dir, 'a.pack.json'), head('set-a', 'tuning', ['n-x.txt', 's-x.txt']));
    writeFileSync(join(dir, 'README.md'), 'not a pack');
    expect(readPackEntries(dir)).toEqual([
      { path: join(dir, 'a.pack.json'), set: 'set-a', role: 'tuning', files: ['n-x.txt', 's-x.txt'] },
      { path: join(dir, 'b.pack.json'), set: 'set-b', role: 'held-back', files: ['n-y.txt'] },
    ]);
  });

  it('refuse a pack without a known role, naming its file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-packs-'));
    writeFileSync(join(dir, 'x.pack.json'), JSON.stringify({ set: 'x', role: 'practice', sources: [] }));
    expect(() => readPackEntries(dir)).toThrow(`${join(dir, 'x.pack.json')} is not a gold pack`);
  });

  it('are none where the folder is absent, and the repo\'s own are all well formed', () => {
    expect(readPackEntries(join(tmpdir(), 'kg-no-such-folder'))).toEqual([]);
    for (const p of readPackEntries(PACKS_DIR)) expect(p.files.length).toBeGreaterThan(0);
  });
});

describe('the sources of a set that spans two folders', () => {
  it('are linked into one folder, each file from its own gold\'s folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'kg-eval-sets-'));
    const [a, b] = [join(root, 'a'), join(root, 'b')];
    mkdirSync(a);
    mkdirSync(b);
    writeFileSync(join(a, 'n01.txt'), '甲文');
    writeFileSync(join(b, 'n-x.txt'), '乙文');
    writeFileSync(join(b, 'n01.txt'), '不该读到');
    const into = linkGoldSources(join(root, 'one'), [{ articles: [{ source: 'n01.txt' }, { source: 'n01.txt' }] }, { articles: [{ source: 'n-x.txt' }] }], [a, b]);
    expect(readFileSync(join(into, 'n01.txt'), 'utf8')).toBe('甲文');
    expect(readFileSync(join(into, 'n-x.txt'), 'utf8')).toBe('乙文');
    expect(realpathSync(join(into, 'n-x.txt'))).toBe(realpathSync(join(b, 'n-x.txt')));
  });

  it('name the gold file that has no folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'kg-eval-sets-'));
    expect(() => linkGoldSources(join(root, 'one'), [{ articles: [] }, { articles: [] }], [root])).toThrow('no sources folder for gold file 2 of 2');
  });
});
