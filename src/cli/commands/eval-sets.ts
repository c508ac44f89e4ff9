// The real-text gold sets that `kg eval` scores besides the seeds and the fixtures under tests/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** A gold set scored by `kg eval`: the gold file, the folder of its sources, and (for a part) which sources. */
export interface GoldSet {
  name: string;
  /** The gold files of the set, merged when more than one (the real tuning set spans both halves). */
  gold: string[];
  sources: string;
  /** Score only these source files (a part of the gold); all of them when absent. */
  only?: (source: string) => boolean;
  /** Print the score table and overall F1 only: the missed and extra names of a held-back set would be tuning data. */
  tableOnly?: boolean;
}

/** The real corpus (public pages kept in ../shared, never in the repo) in two halves, both tuned on now. */
const REAL_HALVES = ['n', 's'];

/**
 * The held-back check: fresh gold for unlabeled real articles that the extractor's tuners never opened. It holds
 * names and titles from public pages, so it lives beside the checkout (../heldout), never in the repo; CI has none.
 */
export const HELDOUT_ENV = 'KG_HELDOUT_GOLD';
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const defaultHeldoutGold = (): string => process.env[HELDOUT_ENV] || join(repoRoot, '..', 'heldout', 'real-fresh.gold.json');

/** The real sets that can be scored here, and one line for each that cannot (its files are absent). */
export function realSets(shared: string, heldoutGold: string, exists: (path: string) => boolean = existsSync): { sets: GoldSet[]; skipped: string[] } {
  const real = join(resolve(shared), 'corpus', 'real');
  const unlabeled = join(real, 'unlabeled');
  const heldout = resolve(heldoutGold);
  const sets: GoldSet[] = [];
  const skipped: string[] = [];
  if (exists(real)) {
    const golds = REAL_HALVES.map((h) => join(real, `real-${h}.gold.json`));
    REAL_HALVES.forEach((h, i) => sets.push({ name: `real-${h}`, gold: [golds[i] ?? ''], sources: real }));
    sets.push({ name: 'real tuning (all 40 files, n01-n20 and s01-s20)', gold: golds, sources: real });
  } else {
    skipped.push(`== real corpus skipped: ${real} is absent (it stays in ../shared, never in the repo)`);
  }
  if (!exists(heldout)) {
    skipped.push(`== real held-back skipped: ${heldout} is absent (kept outside the repo; set ${HELDOUT_ENV} to its path)`);
  } else if (!exists(unlabeled)) {
    skipped.push(`== real held-back skipped: its sources ${unlabeled} are absent (they stay in ../shared)`);
  } else {
    sets.push({ name: 'real held-back (fresh gold, 12 unlabeled files)', gold: [heldout], sources: unlabeled, tableOnly: true });
  }
  return { sets, skipped };
}

/** score.mjs output without its missed, extra and duplicates lines (the only indented ones): the table and score. */
export const tableOnly = (scoreOutput: string): string => scoreOutput.replace(/^ {2}\S.*\n?/gm, '');
