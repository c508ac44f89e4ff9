// Which real sets `kg eval` scores (issue 10): both halves and all 40 files are tuning data now, and the held-back
// check is fresh gold kept outside the repo, scored over the unlabeled files with its table and score only.
// (The first fresh set as tuning data, and the 52-file aggregate: eval-fresh-sets.test.ts; the second: eval-fresh2-sets.test.ts;
// the third to fifth and seventh, and the sixth as the held-back check: eval-fresh6-sets.test.ts.)
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HELDOUT_ENV, defaultHeldoutGold, realSets, tableOnly } from '../../src/cli/commands/eval-sets.ts';
import { golds, present, real, shared } from './eval-sets-fixture.ts';

const heldout = golds.heldout;
// The fresh tuning sets are absent in these cases (present: eval-fresh-sets.test.ts, eval-fresh2-sets.test.ts, eval-fresh6-sets.test.ts), so the tuning aggregate is the 40 files.

// vitest's own env stubs, undone after each test (the defaults read the variables at call time).
afterEach(() => vi.unstubAllEnvs());

describe('the real sets of kg eval', () => {
  it('scores both halves, all 40 files as tuning, and the fresh held-back gold over the unlabeled files', () => {
    const { sets, skipped } = realSets(shared, golds, present(real, join(real, 'unlabeled'), heldout));
    expect(skipped).toEqual([expect.stringMatching(/^== real fresh-1 \(tuning\) skipped: /), expect.stringMatching(/^== real fresh-2 \(tuning\) skipped: /), expect.stringMatching(/^== real fresh-3 \(tuning\) skipped: /), expect.stringMatching(/^== real fresh-4 \(tuning\) skipped: /), expect.stringMatching(/^== real fresh-5 \(tuning\) skipped: /), expect.stringMatching(/^== real fresh-7 \(tuning\) skipped: /)]);
    expect(sets.map((s) => [s.name, s.gold, s.sources, Boolean(s.tableOnly), s.only])).toEqual([
      ['real-n', [join(real, 'real-n.gold.json')], real, false, undefined],
      ['real-s', [join(real, 'real-s.gold.json')], real, false, undefined],
      ['real tuning (all 40 files, n01-n20 and s01-s20)', [join(real, 'real-n.gold.json'), join(real, 'real-s.gold.json')], real, false, undefined],
      ['real held-back (fresh gold 6, 12 unlabeled files)', [heldout], join(real, 'unlabeled'), true, undefined],
    ]);
  });

  it('skips the held-back set with one line naming the missing gold file and the variable that points at it', () => {
    const { sets, skipped } = realSets(shared, golds, present(real, join(real, 'unlabeled')));
    expect(sets.map((s) => s.name)).toEqual(['real-n', 'real-s', 'real tuning (all 40 files, n01-n20 and s01-s20)']);
    expect(skipped).toContain(`== real held-back skipped: ${heldout} is absent (kept outside the repo; set ${HELDOUT_ENV} to its path)`);
  });

  it('skips every real set, each with its own line, where ../shared is absent (as in CI)', () => {
    const { sets, skipped } = realSets(shared, golds, present(heldout));
    expect(sets).toEqual([]);
    expect(skipped).toEqual([
      `== real corpus skipped: ${real} is absent (it stays in ../shared, never in the repo)`,
      `== real held-back skipped: its sources ${join(real, 'unlabeled')} are absent (they stay in ../shared)`,
    ]);
  });

  it('reads the held-back gold from ../heldout beside the checkout unless the variable names another file', () => {
    vi.stubEnv(HELDOUT_ENV, undefined);
    expect(defaultHeldoutGold()).toBe(resolve('..', 'heldout', 'real-fresh6.gold.json'));
    vi.stubEnv(HELDOUT_ENV, '/elsewhere/gold.json');
    expect(defaultHeldoutGold()).toBe('/elsewhere/gold.json');
  });
});

describe('the held-back output', () => {
  it('keeps the table and the score and drops every missed, extra and duplicates line', () => {
    const out = [
      'measure                          P      R     F1    tp   fp   fn',
      'entities.Person               90.0  90.0  90.0     9    1    1',
      '  missed entities.Person: 甲某',
      '  extra  entities.Person: 乙某',
      '  duplicates: Person:丙某',
      'overall F1 0.900',
      '',
    ].join('\n');
    const shown = tableOnly(out);
    expect(shown).toBe(['measure                          P      R     F1    tp   fp   fn', 'entities.Person               90.0  90.0  90.0     9    1    1', 'overall F1 0.900', ''].join('\n'));
    expect(shown).not.toMatch(/某/);
  });
});
