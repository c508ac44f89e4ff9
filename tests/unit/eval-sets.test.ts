// Which real sets `kg eval` scores: both halves of ../shared/corpus/real (tuning), each gold pack of
// tests/fixtures/real-packs by its role (tuning packs with their misses and in the tuning aggregate, a held-back pack
// as table and score only), and a held-back gold outside the repo named by KG_HELDOUT_GOLD.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELDOUT_ENV, realSets, tableOnly } from '../../src/cli/commands/eval-sets.ts';
import { allPacks, firstSources, halves, heldBack, present, real, shared, tuningA, tuningB, unlabeled } from './eval-sets-fixture.ts';

const everything = present(real, unlabeled, ...firstSources);

describe('the real sets of kg eval', () => {
  it('scores both halves, each tuning pack with its misses, the tuning aggregate over two folders, and the held-back pack as scores', () => {
    const { sets, skipped } = realSets(shared, allPacks, everything, undefined);
    expect(skipped).toEqual([]);
    expect(sets.map((s) => [s.name, s.gold, s.sources, s.goldSources, Boolean(s.tableOnly)])).toEqual([
      ['real-n', [halves[0]], real, undefined, false],
      ['real-s', [halves[1]], real, undefined, false],
      ['real s13-a (tuning)', [tuningA.path], unlabeled, undefined, false],
      ['real s13-b (tuning)', [tuningB.path], unlabeled, undefined, false],
      ['real tuning (all 48 files: n01-n20, s01-s20, s13-a and s13-b)', [...halves, tuningA.path, tuningB.path], real, [real, real, unlabeled, unlabeled], false],
      ['real held-back s13-h (4 files)', [heldBack.path], unlabeled, undefined, true],
    ]);
  });

  it('keeps the aggregate to the 40 files of the halves where there is no tuning pack', () => {
    const { sets } = realSets(shared, [heldBack], everything, undefined);
    expect(sets.map((s) => s.name)).toEqual(['real-n', 'real-s', 'real tuning (all 40 files, n01-n20 and s01-s20)', 'real held-back s13-h (4 files)']);
    expect(sets.find((s) => s.name.startsWith('real tuning'))?.gold).toEqual(halves);
  });

  it('reads a pack of the halves\' own files from corpus/real, where its first source is', () => {
    const own = { ...tuningB, set: 'n-again', files: ['n01-x.txt'] };
    const { sets } = realSets(shared, [own], present(real, unlabeled, join(real, 'n01-x.txt')), undefined);
    expect(sets.find((s) => s.name === 'real n-again (tuning)')?.sources).toBe(real);
    expect(sets.find((s) => s.name.startsWith('real tuning'))?.goldSources).toEqual([real, real, real]);
  });

  it('skips a pack whose sources are absent with one line naming it, and scores the others', () => {
    const { sets, skipped } = realSets(shared, allPacks, present(real, unlabeled, firstSources[0] ?? '', firstSources[2] ?? ''), undefined);
    expect(skipped).toEqual([`== real s13-b skipped: its sources (n-b1.txt …) are in neither ${unlabeled} nor ${real}`]);
    expect(sets.map((s) => s.name)).toEqual(['real-n', 'real-s', 'real s13-a (tuning)', 'real tuning (all 45 files: n01-n20, s01-s20 and s13-a)', 'real held-back s13-h (4 files)']);
  });

  it('skips every real set with one line where ../shared is absent (as in CI), saying how many packs went unscored', () => {
    const { sets, skipped } = realSets(shared, allPacks, present(), '/x/elsewhere/held.json');
    expect(sets).toEqual([]);
    expect(skipped).toEqual([`== real corpus skipped: ${real} is absent (it stays in ../shared, never in the repo); 3 gold pack(s) not scored`]);
  });

  it('scores a held-back gold outside the repo, named by the variable, as table and score only', () => {
    const gold = '/x/elsewhere/held.json';
    const { sets, skipped } = realSets(shared, [], present(real, unlabeled, gold), gold);
    expect(skipped).toEqual([]);
    expect(sets.at(-1)).toEqual({ name: `real held-back (${HELDOUT_ENV}: ${gold})`, gold: [gold], sources: unlabeled, tableOnly: true });
    expect(realSets(shared, [], present(real, unlabeled), gold).skipped).toEqual([`== real held-back skipped: ${gold} is absent (named by ${HELDOUT_ENV})`]);
    expect(realSets(shared, [], present(real, gold), gold).skipped).toEqual([`== real held-back skipped: its sources ${unlabeled} are absent (they stay in ../shared)`]);
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
