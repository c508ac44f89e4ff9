// The two fresh gold sets of `kg eval` (issue 10): the second is the held-back check (table and score only), the
// first is tuning data now (printed with its misses and part of the real tuning aggregate, whose sources span two
// folders that score.mjs must read as one).
import { mkdtempSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FRESH1_ENV, FRESH2_ENV, FRESH3_ENV, FRESH4_ENV, defaultFresh1Gold, linkGoldSources, realSets } from '../../src/cli/commands/eval-sets.ts';
import { golds, laterAbsent, laterUnlabeledAbsent, present, real, shared, unlabeled } from './eval-sets-fixture.ts';

// The second, third and fourth fresh sets are absent here (present: eval-fresh2-sets.test.ts, eval-fresh6-sets.test.ts), so the aggregate is 52 files.

// vitest's own env stubs, undone after each test (the defaults read the variables at call time).
afterEach(() => vi.unstubAllEnvs());

describe('the first fresh set as tuning data', () => {
  it('is printed with its misses and joins both halves in the tuning aggregate, each gold with its own folder', () => {
    const { sets, skipped } = realSets(shared, golds, present(real, unlabeled, golds.heldout, golds.fresh1));
    expect(skipped).toEqual([`== real fresh-2 (tuning) skipped: ${golds.fresh2} is absent (kept outside the repo; set ${FRESH2_ENV} to its path)`, `== real fresh-3 (tuning) skipped: ${golds.fresh3} is absent (kept outside the repo; set ${FRESH3_ENV} to its path)`, `== real fresh-4 (tuning) skipped: ${golds.fresh4} is absent (kept outside the repo; set ${FRESH4_ENV} to its path)`, ...laterAbsent]);
    expect(sets.map((s) => [s.name, s.gold, s.goldSources, Boolean(s.tableOnly)])).toEqual([
      ['real-n', [join(real, 'real-n.gold.json')], undefined, false],
      ['real-s', [join(real, 'real-s.gold.json')], undefined, false],
      ['real fresh-1 (tuning)', [golds.fresh1], undefined, false],
      ['real tuning (all 52 files: n01-n20, s01-s20 and fresh-1)', [join(real, 'real-n.gold.json'), join(real, 'real-s.gold.json'), golds.fresh1], [real, real, unlabeled], false],
      ['real held-back (fresh gold 6, 12 unlabeled files)', [golds.heldout], undefined, true],
    ]);
    expect(sets.find((s) => s.name === 'real fresh-1 (tuning)')?.sources).toBe(unlabeled);
  });

  it('is skipped with one line naming its file and variable, and the aggregate is then the 40 files', () => {
    const { sets, skipped } = realSets(shared, golds, present(real, unlabeled, golds.heldout));
    expect(skipped).toEqual([`== real fresh-1 (tuning) skipped: ${golds.fresh1} is absent (kept outside the repo; set ${FRESH1_ENV} to its path)`, `== real fresh-2 (tuning) skipped: ${golds.fresh2} is absent (kept outside the repo; set ${FRESH2_ENV} to its path)`, `== real fresh-3 (tuning) skipped: ${golds.fresh3} is absent (kept outside the repo; set ${FRESH3_ENV} to its path)`, `== real fresh-4 (tuning) skipped: ${golds.fresh4} is absent (kept outside the repo; set ${FRESH4_ENV} to its path)`, ...laterAbsent]);
    expect(sets.map((s) => s.name)).toEqual(['real-n', 'real-s', 'real tuning (all 40 files, n01-n20 and s01-s20)', 'real held-back (fresh gold 6, 12 unlabeled files)']);
  });

  it('is skipped, with the aggregate kept to 40 files, where the unlabeled sources are absent', () => {
    const { sets, skipped } = realSets(shared, golds, present(real, golds.heldout, golds.fresh1));
    expect(skipped).toEqual([
      `== real fresh-1 (tuning) skipped: its sources ${unlabeled} are absent (they stay in ../shared)`,
      `== real fresh-2 (tuning) skipped: its sources ${unlabeled} are absent (they stay in ../shared)`,
      `== real fresh-3 (tuning) skipped: its sources ${unlabeled} are absent (they stay in ../shared)`,
      `== real fresh-4 (tuning) skipped: its sources ${unlabeled} are absent (they stay in ../shared)`,
      ...laterUnlabeledAbsent,
      `== real held-back skipped: its sources ${unlabeled} are absent (they stay in ../shared)`,
    ]);
    expect(sets.map((s) => s.name)).toEqual(['real-n', 'real-s', 'real tuning (all 40 files, n01-n20 and s01-s20)']);
  });

  it('is read from ../heldout/real-fresh.gold.json beside the checkout unless its variable names another file', () => {
    vi.stubEnv(FRESH1_ENV, undefined);
    expect(defaultFresh1Gold()).toBe(resolve('..', 'heldout', 'real-fresh.gold.json'));
    vi.stubEnv(FRESH1_ENV, '/elsewhere/fresh1.json');
    expect(defaultFresh1Gold()).toBe('/elsewhere/fresh1.json');
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
