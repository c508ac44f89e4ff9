// The sixth fresh set is the held-back check of `kg eval` (issue 10); the fourth and fifth became tuning data when the
// next set was written, and the seventh (the last 7 unlabeled articles) is an optional tuning set: each is printed with
// its misses and is part of the real tuning aggregate (40 + 5 × 12 + 7 files, from two folders) where its file is there.
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FRESH4_ENV, FRESH5_ENV, FRESH7_ENV, HELDOUT_ENV, defaultFresh4Gold, defaultFresh5Gold, defaultFresh7Gold, defaultHeldoutGold, realSets } from '../../src/cli/commands/eval-sets.ts';
import { freshAbsent, golds, halves, present, real, shared, unlabeled } from './eval-sets-fixture.ts';

const allTuning = [golds.fresh1, golds.fresh2, golds.fresh3, golds.fresh4, golds.fresh5];

// vitest's own env stubs, undone after each test (the defaults read the variables at call time).
afterEach(() => vi.unstubAllEnvs());

describe('the fifth and seventh fresh sets as tuning data and the sixth as the held-back check', () => {
  it('prints the six fresh tuning sets with their misses, joins them in a 107-file aggregate, and the sixth set only as scores', () => {
    const { sets, skipped } = realSets(shared, golds, present(real, unlabeled, golds.heldout, ...allTuning, golds.fresh7));
    expect(skipped).toEqual([]);
    expect(sets.map((s) => [s.name, s.gold, s.sources, s.goldSources, Boolean(s.tableOnly)])).toEqual([
      ['real-n', [halves[0]], real, undefined, false],
      ['real-s', [halves[1]], real, undefined, false],
      ['real fresh-1 (tuning)', [golds.fresh1], unlabeled, undefined, false],
      ['real fresh-2 (tuning)', [golds.fresh2], unlabeled, undefined, false],
      ['real fresh-3 (tuning)', [golds.fresh3], unlabeled, undefined, false],
      ['real fresh-4 (tuning)', [golds.fresh4], unlabeled, undefined, false],
      ['real fresh-5 (tuning)', [golds.fresh5], unlabeled, undefined, false],
      ['real fresh-7 (tuning)', [golds.fresh7], unlabeled, undefined, false],
      [
        'real tuning (all 107 files: n01-n20, s01-s20, fresh-1, fresh-2, fresh-3, fresh-4, fresh-5 and fresh-7)',
        [...halves, ...allTuning, golds.fresh7],
        real,
        [real, real, unlabeled, unlabeled, unlabeled, unlabeled, unlabeled, unlabeled],
        false,
      ],
      ['real held-back (fresh gold 6, 12 unlabeled files)', [golds.heldout], unlabeled, undefined, true],
    ]);
  });

  it('skips the optional seventh set with one line naming its file and variable, and the aggregate is then 100 files', () => {
    const { sets, skipped } = realSets(shared, golds, present(real, unlabeled, golds.heldout, ...allTuning));
    expect(skipped).toEqual([freshAbsent('fresh-7', golds.fresh7, FRESH7_ENV)]);
    expect(sets.find((s) => s.name.startsWith('real tuning'))?.name).toBe('real tuning (all 100 files: n01-n20, s01-s20, fresh-1, fresh-2, fresh-3, fresh-4 and fresh-5)');
  });

  it('no longer scores the fifth set as the held-back check: it is printed with its misses, never as table only', () => {
    const { sets } = realSets(shared, golds, present(real, unlabeled, golds.heldout, golds.fresh5));
    expect(sets.filter((s) => s.tableOnly).map((s) => s.gold)).toEqual([[golds.heldout]]);
    expect(sets.find((s) => s.name === 'real fresh-5 (tuning)')?.tableOnly).toBeUndefined();
  });

  it('skips the fourth and fifth sets with one line each naming its file and variable, and keeps the others in the aggregate', () => {
    const { sets, skipped } = realSets(shared, golds, present(real, unlabeled, golds.heldout, golds.fresh1, golds.fresh2, golds.fresh3, golds.fresh7));
    expect(skipped).toEqual([freshAbsent('fresh-4', golds.fresh4, FRESH4_ENV), freshAbsent('fresh-5', golds.fresh5, FRESH5_ENV)]);
    expect(sets.find((s) => s.name.startsWith('real tuning'))?.name).toBe('real tuning (all 83 files: n01-n20, s01-s20, fresh-1, fresh-2, fresh-3 and fresh-7)');
  });

  it('skips the sixth set with one line naming its file and variable, and scores the tuning sets all the same', () => {
    const { sets, skipped } = realSets(shared, golds, present(real, unlabeled, ...allTuning, golds.fresh7));
    expect(skipped).toEqual([`== real held-back skipped: ${golds.heldout} is absent (kept outside the repo; set ${HELDOUT_ENV} to its path)`]);
    expect(sets.some((s) => s.tableOnly)).toBe(false);
    expect(sets.map((s) => s.name)).toContain('real fresh-5 (tuning)');
  });

  it('reads the held-back gold from ../heldout/real-fresh6.gold.json and the tuning sets from theirs unless their variables name others', () => {
    const cases = [
      [HELDOUT_ENV, defaultHeldoutGold, 'real-fresh6.gold.json'],
      [FRESH4_ENV, defaultFresh4Gold, 'real-fresh4.gold.json'],
      [FRESH5_ENV, defaultFresh5Gold, 'real-fresh5.gold.json'],
      [FRESH7_ENV, defaultFresh7Gold, 'real-fresh7.gold.json'],
    ] as const;
    for (const [env, read, file] of cases) {
      vi.stubEnv(env, undefined);
      expect(read()).toBe(resolve('..', 'heldout', file));
      vi.stubEnv(env, `/elsewhere/${env}.json`);
      expect(read()).toBe(`/elsewhere/${env}.json`);
    }
  });
});
