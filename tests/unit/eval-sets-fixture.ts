// The layout the eval-set tests share: a pretend ../shared with both real halves and the unlabeled folder, and the
// five fresh gold files beside the checkout (none of them read: `present` says which ones "exist").
import { join, resolve } from 'node:path';
import type { FreshGolds } from '../../src/cli/commands/eval-sets.ts';

export const shared = resolve('/x/shared');
export const real = join(shared, 'corpus', 'real');
export const unlabeled = join(real, 'unlabeled');
export const halves = [join(real, 'real-n.gold.json'), join(real, 'real-s.gold.json')];
export const golds: FreshGolds = {
  heldout: resolve('/x/heldout/real-fresh5.gold.json'),
  fresh1: resolve('/x/heldout/real-fresh.gold.json'),
  fresh2: resolve('/x/heldout/real-fresh2.gold.json'),
  fresh3: resolve('/x/heldout/real-fresh3.gold.json'),
  fresh4: resolve('/x/heldout/real-fresh4.gold.json'),
};
/** An `exists` for realSets: only these paths are there. */
export const present = (...paths: string[]) => (path: string) => paths.includes(path);
