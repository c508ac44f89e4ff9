// The bench scripts' command lines in one shape: node:util parseArgs, strict (an unknown flag or a stray word is
// refused with its name), the options the side-by-side scripts share, and counts checked before a long run starts
// rather than turned into NaN rounds.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** identity-cost.ts and co-attendance-cost.ts: synthetic corpora of these sizes, rounds alternating two modes. */
export const CORPUS_ROUNDS = {
  sizes: { type: 'string', default: '1000,10000' },
  rounds: { type: 'string', default: '2' },
  dir: { type: 'string', default: '.bench' },
  seed: { type: 'string', default: '1' },
} as const;

/** The values of the flags for these options: this process's, or `args` where given (tests). */
export function benchArgs<const O extends Options>(options: O, args?: string[]) {
  return parseArgs({ options, strict: true, allowPositionals: false, ...(args ? { args } : {}) }).values;
}

/** A count (rounds, seconds, a corpus size): a whole number of 1 or more, or an error naming the flag. */
export function count(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 1) throw new Error(`--${flag}: "${value ?? ''}" is not a whole number of 1 or more`);
  return n;
}

/** `--sizes 1000,10000`: each a count. */
export function sizes(value: string | undefined): number[] {
  return (value ?? '').split(',').map((s) => count('sizes', s.trim()));
}
