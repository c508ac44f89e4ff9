// The layout the eval-set tests share: a pretend ../shared with both real halves and the unlabeled folder, and gold
// packs in the repo (none of them read: `present` says which paths "exist", the entries stand for the packs' heads).
import { join, resolve } from 'node:path';
import type { PackEntry } from '../../src/cli/commands/eval-sets.ts';

export const shared = resolve('/x/shared');
export const real = join(shared, 'corpus', 'real');
export const unlabeled = join(real, 'unlabeled');
export const halves = [join(real, 'real-n.gold.json'), join(real, 'real-s.gold.json')];
const packs = resolve('/x/repo/tests/fixtures/real-packs');
const entry = (set: string, role: PackEntry['role'], files: string[]): PackEntry => ({ path: join(packs, `${set}.pack.json`), set, role, files });
/** Two tuning packs (5 and 3 unlabeled files) and a held-back one (4 files), in the order readPackEntries gives. */
export const tuningA = entry('s13-a', 'tuning', ['n-a1.txt', 'n-a2.txt', 's-a3.txt', 's-a4.txt', 'n-a5.txt']);
export const tuningB = entry('s13-b', 'tuning', ['n-b1.txt', 's-b2.txt', 'n-b3.txt']);
export const heldBack = entry('s13-h', 'held-back', ['n-h1.txt', 'n-h2.txt', 's-h3.txt', 's-h4.txt']);
export const allPacks = [tuningA, tuningB, heldBack];
/** The first source of each pack, where realSets looks for the pack's folder. */
export const firstSources = allPacks.map((p) => join(unlabeled, p.files[0] ?? ''));
/** An `exists` for realSets: only these paths are there. */
export const present = (...paths: string[]) => (path: string) => paths.includes(path);
