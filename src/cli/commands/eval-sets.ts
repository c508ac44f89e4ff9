// The real-text gold sets that `kg eval` scores besides the seeds and the fixtures under tests/.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** A gold set scored by `kg eval`: the gold file, the folder of its sources, and (for a part) which sources. */
export interface GoldSet {
  name: string;
  /** The gold files of the set, merged when more than one (the real tuning set spans both halves). */
  gold: string[];
  sources: string;
  /** The folder of each gold file's sources, where they differ (then `sources` is not read). */
  goldSources?: string[];
  /** Score only these source files (a part of the gold); all of them when absent. */
  only?: (source: string) => boolean;
  /** Print the score table and overall F1 only: the missed and extra names of a held-back set would be tuning data. */
  tableOnly?: boolean;
}

/** The real corpus (public pages kept in ../shared, never in the repo) in two halves, both tuned on now. */
const REAL_HALVES = ['n', 's'];

/**
 * Fresh gold for unlabeled real articles lives beside the checkout (../heldout), never in the repo: it holds names and
 * titles from public pages; CI has none. The held-back check is the sixth fresh set, written for articles the
 * extractor's tuners never opened; each earlier fresh set became tuning data when the next one was written.
 */
export const HELDOUT_ENV = 'KG_HELDOUT_GOLD';
export const FRESH1_ENV = 'KG_FRESH1_GOLD';
export const FRESH2_ENV = 'KG_FRESH2_GOLD';
export const FRESH3_ENV = 'KG_FRESH3_GOLD';
export const FRESH4_ENV = 'KG_FRESH4_GOLD';
export const FRESH5_ENV = 'KG_FRESH5_GOLD';
export const FRESH7_ENV = 'KG_FRESH7_GOLD';
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const besideCheckout = (env: string, file: string) => (): string => process.env[env] || join(repoRoot, '..', 'heldout', file);
export const defaultHeldoutGold = besideCheckout(HELDOUT_ENV, 'real-fresh6.gold.json');

export const defaultFresh1Gold = besideCheckout(FRESH1_ENV, 'real-fresh.gold.json');
export const defaultFresh2Gold = besideCheckout(FRESH2_ENV, 'real-fresh2.gold.json');
export const defaultFresh3Gold = besideCheckout(FRESH3_ENV, 'real-fresh3.gold.json');
export const defaultFresh4Gold = besideCheckout(FRESH4_ENV, 'real-fresh4.gold.json');
export const defaultFresh5Gold = besideCheckout(FRESH5_ENV, 'real-fresh5.gold.json');
export const defaultFresh7Gold = besideCheckout(FRESH7_ENV, 'real-fresh7.gold.json');

/** The fresh sets tuned on now, one row each: printed with their misses and, where present, part of the tuning aggregate. */
export const FRESH_TUNING = [
  { key: 'fresh1', tag: 'fresh-1', env: FRESH1_ENV, default: defaultFresh1Gold, files: 12 },
  { key: 'fresh2', tag: 'fresh-2', env: FRESH2_ENV, default: defaultFresh2Gold, files: 12 },
  { key: 'fresh3', tag: 'fresh-3', env: FRESH3_ENV, default: defaultFresh3Gold, files: 12 },
  { key: 'fresh4', tag: 'fresh-4', env: FRESH4_ENV, default: defaultFresh4Gold, files: 12 },
  { key: 'fresh5', tag: 'fresh-5', env: FRESH5_ENV, default: defaultFresh5Gold, files: 12 },
  // The last 7 unlabeled articles; optional: the aggregate counts it only where its file is there.
  { key: 'fresh7', tag: 'fresh-7', env: FRESH7_ENV, default: defaultFresh7Gold, files: 7 },
] as const;
type FreshKey = (typeof FRESH_TUNING)[number]['key'];

/** Where the fresh gold files are: the held-back set (scores only) and the earlier fresh sets (tuning data now). */
export type FreshGolds = { heldout: string } & Record<FreshKey, string>;
export const defaultFreshGolds = (): FreshGolds => ({
  heldout: defaultHeldoutGold(),
  ...(Object.fromEntries(FRESH_TUNING.map((row) => [row.key, row.default()])) as Record<FreshKey, string>),
});

/** The real sets that can be scored here, and one line for each that cannot (its files are absent). */
export function realSets(shared: string, golds: FreshGolds, exists: (path: string) => boolean = existsSync): { sets: GoldSet[]; skipped: string[] } {
  const real = join(resolve(shared), 'corpus', 'real');
  const unlabeled = join(real, 'unlabeled');
  const heldout = resolve(golds.heldout);
  const sets: GoldSet[] = [];
  const skipped: string[] = [];
  const unlabeledAbsent = (set: string) => `== ${set} skipped: its sources ${unlabeled} are absent (they stay in ../shared)`;
  const goldAbsent = (set: string, gold: string, env: string) => `== ${set} skipped: ${gold} is absent (kept outside the repo; set ${env} to its path)`;
  if (exists(real)) {
    const halves = REAL_HALVES.map((h) => join(real, `real-${h}.gold.json`));
    REAL_HALVES.forEach((h, i) => sets.push({ name: `real-${h}`, gold: [halves[i] ?? ''], sources: real }));
    // The fresh sets tuned on now, each printed with its misses and, where present, part of the tuning aggregate.
    const tuning = FRESH_TUNING.map((row) => ({ ...row, gold: resolve(golds[row.key]) })).filter(({ tag, gold, env }) => {
      const name = `real ${tag} (tuning)`;
      const here = exists(unlabeled) && exists(gold);
      if (here) sets.push({ name, gold: [gold], sources: unlabeled });
      else skipped.push(exists(unlabeled) ? goldAbsent(name, gold, env) : unlabeledAbsent(name));
      return here;
    });
    if (tuning.length) {
      const parts = ['n01-n20', 's01-s20', ...tuning.map((t) => t.tag)];
      // The aggregate spans two folders: score.mjs reads one, so eval.ts links the files of each gold's folder into one.
      sets.push({
        name: `real tuning (all ${40 + tuning.reduce((n, t) => n + t.files, 0)} files: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''})`,
        gold: [...halves, ...tuning.map((t) => t.gold)],
        sources: real,
        goldSources: [real, real, ...tuning.map(() => unlabeled)],
      });
    } else {
      sets.push({ name: 'real tuning (all 40 files, n01-n20 and s01-s20)', gold: halves, sources: real });
    }
  } else {
    skipped.push(`== real corpus skipped: ${real} is absent (it stays in ../shared, never in the repo)`);
  }
  if (!exists(heldout)) {
    skipped.push(goldAbsent('real held-back', heldout, HELDOUT_ENV));
  } else if (!exists(unlabeled)) {
    skipped.push(unlabeledAbsent('real held-back'));
  } else {
    sets.push({ name: 'real held-back (fresh gold 6, 12 unlabeled files)', gold: [heldout], sources: unlabeled, tableOnly: true });
  }
  return { sets, skipped };
}

/**
 * score.mjs reads the sources of a set from one folder: link into `into` the files of each gold's articles from that
 * gold's own folder (their names do not clash: nNN-/sNN- in corpus/real, n-/s- in unlabeled/). Returns `into`.
 */
export function linkGoldSources(into: string, golds: { articles: { source: string }[] }[], dirs: string[]): string {
  mkdirSync(into, { recursive: true });
  golds.forEach((gold, i) => {
    const dir = dirs[i];
    if (dir === undefined) throw new Error(`kg eval: no sources folder for gold file ${i + 1} of ${golds.length}`);
    for (const { source } of gold.articles) {
      const link = join(into, source);
      if (!existsSync(link)) symlinkSync(join(dir, source), link);
    }
  });
  return into;
}

/** score.mjs output without its missed, extra and duplicates lines (the only indented ones): the table and score. */
export const tableOnly = (scoreOutput: string): string => scoreOutput.replace(/^ {2}\S.*\n?/gm, '');
