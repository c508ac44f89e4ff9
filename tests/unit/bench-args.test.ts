import { describe, expect, it } from 'vitest';
import { benchArgs, count, CORPUS_ROUNDS, sizes } from '../../src/bench/args.ts';

describe("the bench scripts' command lines", () => {
  it('take the shared options with their defaults, and a script of its own beside them', () => {
    expect(benchArgs(CORPUS_ROUNDS, [])).toEqual({ sizes: '1000,10000', rounds: '2', dir: '.bench', seed: '1' });
    const values = benchArgs({ ...CORPUS_ROUNDS, only: { type: 'string' } }, ['--rounds', '3', '--only', 'on']);
    expect(values).toMatchObject({ rounds: '3', only: 'on', dir: '.bench' });
  });

  it('refuse an unknown flag and a stray word, naming them', () => {
    expect(() => benchArgs(CORPUS_ROUNDS, ['--round', '3'])).toThrow(/--round/);
    expect(() => benchArgs(CORPUS_ROUNDS, ['10000'])).toThrow(/10000/);
  });

  it('read counts as whole numbers of 1 or more, naming the flag of one that is not', () => {
    expect(count('rounds', '3')).toBe(3);
    for (const bad of ['x', '0', '1.5', '', undefined]) expect(() => count('rounds', bad)).toThrow(/--rounds: .* is not a whole number/);
    expect(sizes('1000, 10000')).toEqual([1000, 10000]);
    expect(() => sizes('1000,1e3x')).toThrow(/--sizes: "1e3x"/);
  });
});
