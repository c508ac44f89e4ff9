// The layout the eval-set tests share: a pretend ../shared with both real halves and the unlabeled folder, and the
// seven fresh gold files beside the checkout (none of them read: `present` says which ones "exist").
import { join, resolve } from 'node:path';
import type { FreshGolds } from '../../src/cli/commands/eval-sets.ts';

export const shared = resolve('/x/shared');
export const real = join(shared, 'corpus', 'real');
export const unlabeled = join(real, 'unlabeled');
export const halves = [join(real, 'real-n.gold.json'), join(real, 'real-s.gold.json')];
export const golds: FreshGolds = {
  heldout: resolve('/x/heldout/real-fresh6.gold.json'),
  fresh1: resolve('/x/heldout/real-fresh.gold.json'),
  fresh2: resolve('/x/heldout/real-fresh2.gold.json'),
  fresh3: resolve('/x/heldout/real-fresh3.gold.json'),
  fresh4: resolve('/x/heldout/real-fresh4.gold.json'),
  fresh5: resolve('/x/heldout/real-fresh5.gold.json'),
  fresh7: resolve('/x/heldout/real-fresh7.gold.json'),
};
/** An `exists` for realSets: only these paths are there. */
export const present = (...paths: string[]) => (path: string) => paths.includes(path);
/** The line `kg eval` prints for a fresh tuning set whose gold file is absent. */
export const freshAbsent = (tag: string, gold: string, env: string) => `== real ${tag} (tuning) skipped: ${gold} is absent (kept outside the repo; set ${env} to its path)`;
/** The fifth and seventh fresh sets, absent in the tests of the earlier ones: their two skip lines, in order. */
export const laterAbsent = [freshAbsent('fresh-5', golds.fresh5, 'KG_FRESH5_GOLD'), freshAbsent('fresh-7', golds.fresh7, 'KG_FRESH7_GOLD')];
export const laterUnlabeledAbsent = ['fresh-5', 'fresh-7'].map((tag) => `== real ${tag} (tuning) skipped: its sources ${unlabeled} are absent (they stay in ../shared)`);
