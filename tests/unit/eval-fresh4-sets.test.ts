// The fifth fresh set is the held-back check of `kg eval` (issue 10); the fourth became tuning data when the fifth was
// written: printed with its misses and part of the real tuning aggregate (40 + 4 × 12 files, from two folders).
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FRESH4_ENV, HELDOUT_ENV, defaultFresh4Gold, defaultHeldoutGold, realSets } from '../../src/cli/commands/eval-sets.ts';
import { golds, halves, present, real, shared, unlabeled } from './eval-sets-fixture.ts';

// vitest's own env stubs, undone after each test (the defaults read the variables at call time).
afterEach(() => vi.unstubAllEnvs());

describe('the fourth fresh set as tuning data and the fifth as the held-back check', () => {
  it('prints the four fresh tuning sets with their misses, joins them in an 88-file aggregate, and the fifth set only as scores', () => {
    const { sets, skipped } = realSets(shared, golds, present(real, unlabeled, golds.heldout, golds.fresh1, golds.fresh2, golds.fresh3, golds.fresh4));
    expect(skipped).toEqual([]);
    expect(sets.map((s) => [s.name, s.gold, s.sources, s.goldSources, Boolean(s.tableOnly)])).toEqual([
      ['real-n', [halves[0]], real, undefined, false],
      ['real-s', [halves[1]], real, undefined, false],
      ['real fresh-1 (tuning)', [golds.fresh1], unlabeled, undefined, false],
      ['real fresh-2 (tuning)', [golds.fresh2], unlabeled, undefined, false],
      ['real fresh-3 (tuning)', [golds.fresh3], unlabeled, undefined, false],
      ['real fresh-4 (tuning)', [golds.fresh4], unlabeled, undefined, false],
      [
        'real tuning (all 88 files: n01-n20, s01-s20, fresh-1, fresh-2, fresh-3 and fresh-4)',
        [...halves, golds.fresh1, golds.fresh2, golds.fresh3, golds.fresh4],
        real,
        [real, real, unlabeled, unlabeled, unlabeled, unlabeled],
        false,
      ],
      ['real held-back (fresh gold 5, 12 unlabeled files)', [golds.heldout], unlabeled, undefined, true],
    ]);
  });

  it('no longer scores the fourth set as the held-back check: it is never printed as table only', () => {
    const { sets } = realSets(shared, golds, present(real, unlabeled, golds.heldout, golds.fresh4));
    expect(sets.filter((s) => s.tableOnly).map((s) => s.gold)).toEqual([[golds.heldout]]);
    expect(sets.find((s) => s.gold.includes(golds.fresh4) && s.gold.length === 1)?.tableOnly).toBeUndefined();
  });

  it('skips the fourth set with one line naming its file and variable, and keeps the others in the aggregate', () => {
    const { sets, skipped } = realSets(shared, golds, present(real, unlabeled, golds.heldout, golds.fresh1, golds.fresh2, golds.fresh3));
    expect(skipped).toEqual([`== real fresh-4 (tuning) skipped: ${golds.fresh4} is absent (kept outside the repo; set ${FRESH4_ENV} to its path)`]);
    expect(sets.find((s) => s.name.startsWith('real tuning'))?.name).toBe('real tuning (all 76 files: n01-n20, s01-s20, fresh-1, fresh-2 and fresh-3)');
  });

  it('skips the fifth set with one line naming its file and variable, and scores the tuning sets all the same', () => {
    const { sets, skipped } = realSets(shared, golds, present(real, unlabeled, golds.fresh1, golds.fresh2, golds.fresh3, golds.fresh4));
    expect(skipped).toEqual([`== real held-back skipped: ${golds.heldout} is absent (kept outside the repo; set ${HELDOUT_ENV} to its path)`]);
    expect(sets.some((s) => s.tableOnly)).toBe(false);
    expect(sets.map((s) => s.name)).toContain('real fresh-4 (tuning)');
  });

  it('reads the held-back gold from ../heldout/real-fresh5.gold.json and the fourth from real-fresh4.gold.json unless their variables name others', () => {
    vi.stubEnv(HELDOUT_ENV, undefined);
    vi.stubEnv(FRESH4_ENV, undefined);
    expect(defaultHeldoutGold()).toBe(resolve('..', 'heldout', 'real-fresh5.gold.json'));
    expect(defaultFresh4Gold()).toBe(resolve('..', 'heldout', 'real-fresh4.gold.json'));
    vi.stubEnv(HELDOUT_ENV, '/elsewhere/held.json');
    vi.stubEnv(FRESH4_ENV, '/elsewhere/fresh4.json');
    expect(defaultHeldoutGold()).toBe('/elsewhere/held.json');
    expect(defaultFresh4Gold()).toBe('/elsewhere/fresh4.json');
  });
});
