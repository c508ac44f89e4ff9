// The second fresh set became tuning data when the third was written: printed with its misses and part of the real
// tuning aggregate (40 + 12 + 12 files, from two folders). The third and fourth are absent here (present: eval-fresh6-sets.test.ts).
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FRESH2_ENV, FRESH3_ENV, FRESH4_ENV, HELDOUT_ENV, defaultFresh2Gold, defaultHeldoutGold, realSets } from '../../src/cli/commands/eval-sets.ts';
import { golds, halves, laterAbsent, present, real, shared, unlabeled } from './eval-sets-fixture.ts';

// vitest's own env stubs, undone after each test (the defaults read the variables at call time).
afterEach(() => vi.unstubAllEnvs());

describe('the second fresh set as tuning data', () => {
  it('prints both fresh tuning sets with their misses, joins them in a 64-file aggregate, and the held-back set only as scores', () => {
    const { sets, skipped } = realSets(shared, golds, present(real, unlabeled, golds.heldout, golds.fresh1, golds.fresh2));
    expect(skipped).toEqual([`== real fresh-3 (tuning) skipped: ${golds.fresh3} is absent (kept outside the repo; set ${FRESH3_ENV} to its path)`, `== real fresh-4 (tuning) skipped: ${golds.fresh4} is absent (kept outside the repo; set ${FRESH4_ENV} to its path)`, ...laterAbsent]);
    expect(sets.map((s) => [s.name, s.gold, s.sources, s.goldSources, Boolean(s.tableOnly)])).toEqual([
      ['real-n', [halves[0]], real, undefined, false],
      ['real-s', [halves[1]], real, undefined, false],
      ['real fresh-1 (tuning)', [golds.fresh1], unlabeled, undefined, false],
      ['real fresh-2 (tuning)', [golds.fresh2], unlabeled, undefined, false],
      ['real tuning (all 64 files: n01-n20, s01-s20, fresh-1 and fresh-2)', [...halves, golds.fresh1, golds.fresh2], real, [real, real, unlabeled, unlabeled], false],
      ['real held-back (fresh gold 6, 12 unlabeled files)', [golds.heldout], unlabeled, undefined, true],
    ]);
  });

  it('keeps the second fresh set in the aggregate where the first is absent, and says which one is missing', () => {
    const { sets, skipped } = realSets(shared, golds, present(real, unlabeled, golds.heldout, golds.fresh2));
    expect(skipped).toEqual([expect.stringMatching(/^== real fresh-1 \(tuning\) skipped: /), expect.stringMatching(/^== real fresh-3 \(tuning\) skipped: /), expect.stringMatching(/^== real fresh-4 \(tuning\) skipped: /), expect.stringMatching(/^== real fresh-5 \(tuning\) skipped: /), expect.stringMatching(/^== real fresh-7 \(tuning\) skipped: /)]);
    const aggregate = sets.find((s) => s.name.startsWith('real tuning'));
    expect(aggregate?.name).toBe('real tuning (all 52 files: n01-n20, s01-s20 and fresh-2)');
    expect(aggregate?.gold).toEqual([...halves, golds.fresh2]);
    expect(aggregate?.goldSources).toEqual([real, real, unlabeled]);
  });

  it('skips the held-back set with one line naming its file and variable, and scores the tuning sets all the same', () => {
    const { sets, skipped } = realSets(shared, golds, present(real, unlabeled, golds.fresh1, golds.fresh2));
    expect(skipped).toEqual([`== real fresh-3 (tuning) skipped: ${golds.fresh3} is absent (kept outside the repo; set ${FRESH3_ENV} to its path)`, `== real fresh-4 (tuning) skipped: ${golds.fresh4} is absent (kept outside the repo; set ${FRESH4_ENV} to its path)`, ...laterAbsent, `== real held-back skipped: ${golds.heldout} is absent (kept outside the repo; set ${HELDOUT_ENV} to its path)`]);
    expect(sets.some((s) => s.tableOnly)).toBe(false);
    expect(sets.map((s) => s.name)).toContain('real fresh-2 (tuning)');
  });

  it('reads the held-back gold from ../heldout/real-fresh6.gold.json and the second from real-fresh2.gold.json unless their variables name others', () => {
    vi.stubEnv(HELDOUT_ENV, undefined);
    vi.stubEnv(FRESH2_ENV, undefined);
    expect(defaultHeldoutGold()).toBe(resolve('..', 'heldout', 'real-fresh6.gold.json'));
    expect(defaultFresh2Gold()).toBe(resolve('..', 'heldout', 'real-fresh2.gold.json'));
    vi.stubEnv(HELDOUT_ENV, '/elsewhere/held.json');
    vi.stubEnv(FRESH2_ENV, '/elsewhere/fresh2.json');
    expect(defaultHeldoutGold()).toBe('/elsewhere/held.json');
    expect(defaultFresh2Gold()).toBe('/elsewhere/fresh2.json');
  });
});
