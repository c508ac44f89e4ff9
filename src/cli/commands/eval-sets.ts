// The real-text gold sets that `kg eval` scores besides the seeds and the fixtures under tests/.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** A gold set scored by `kg eval`: the gold file, the folder of its sources, and (for a part) which sources. */
export interface GoldSet {
  name: string;
  /** The gold files of the set (a `.pack.json` is unpacked against its folder first), merged when more than one. */
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

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** Hand-made gold for the unlabeled real articles, kept in the repo as packs: offsets into the sources, no text. */
export const PACKS_DIR = join(repoRoot, 'tests', 'fixtures', 'real-packs');
/** A held-back gold file outside the repo (one not packed yet), scored over the unlabeled files as table and score only. */
export const HELDOUT_ENV = 'KG_HELDOUT_GOLD';

/** What `kg eval` needs of a pack before unpacking it: its set, its role and its source files. */
export interface PackEntry {
  path: string;
  set: string;
  role: 'tuning' | 'held-back';
  files: string[];
}

/** The packs of `dir` (`*.pack.json`, by name), read for their set, role and sources only. */
export function readPackEntries(dir = PACKS_DIR): PackEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pack.json'))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      const pack = JSON.parse(readFileSync(path, 'utf8')) as { set?: string; role?: string; sources?: { file: string }[] };
      if (!pack.set || (pack.role !== 'tuning' && pack.role !== 'held-back') || !Array.isArray(pack.sources)) {
        throw new Error(`kg eval: ${path} is not a gold pack (it needs set, role tuning|held-back and sources)`);
      }
      return { path, set: pack.set, role: pack.role, files: pack.sources.map((s) => s.file) };
    });
}

/** The real sets that can be scored here, and one line for each that cannot (its files are absent). */
export function realSets(
  shared: string,
  packs: PackEntry[],
  exists: (path: string) => boolean = existsSync,
  heldoutGold: string | undefined = process.env[HELDOUT_ENV],
): { sets: GoldSet[]; skipped: string[] } {
  const real = join(resolve(shared), 'corpus', 'real');
  const unlabeled = join(real, 'unlabeled');
  const sets: GoldSet[] = [];
  const skipped: string[] = [];
  if (!exists(real)) {
    const packed = packs.length ? `; ${packs.length} gold pack(s) not scored` : '';
    skipped.push(`== real corpus skipped: ${real} is absent (it stays in ../shared, never in the repo)${packed}`);
    return { sets, skipped };
  }
  const halves = REAL_HALVES.map((h) => join(real, `real-${h}.gold.json`));
  REAL_HALVES.forEach((h, i) => sets.push({ name: `real-${h}`, gold: [halves[i] ?? ''], sources: real }));
  // A pack's files are in unlabeled/ (fresh gold) or corpus/real itself; a pack whose files are absent is skipped.
  const placed = packs.flatMap((p) => {
    const folder = [unlabeled, real].find((dir) => p.files.length > 0 && exists(join(dir, p.files[0] ?? '')));
    if (!folder) skipped.push(`== real ${p.set} skipped: its sources (${p.files[0] ?? 'none'} …) are in neither ${unlabeled} nor ${real}`);
    return folder ? [{ ...p, folder }] : [];
  });
  const tuning = placed.filter((p) => p.role === 'tuning');
  for (const p of tuning) sets.push({ name: `real ${p.set} (tuning)`, gold: [p.path], sources: p.folder });
  if (tuning.length) {
    const parts = ['n01-n20', 's01-s20', ...tuning.map((t) => t.set)];
    // The aggregate spans two folders: score.mjs reads one, so eval.ts links the files of each gold's folder into one.
    sets.push({
      name: `real tuning (all ${40 + tuning.reduce((n, t) => n + t.files.length, 0)} files: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''})`,
      gold: [...halves, ...tuning.map((t) => t.path)],
      sources: real,
      goldSources: [real, real, ...tuning.map((t) => t.folder)],
    });
  } else {
    sets.push({ name: 'real tuning (all 40 files, n01-n20 and s01-s20)', gold: halves, sources: real });
  }
  for (const p of placed.filter((x) => x.role === 'held-back')) {
    sets.push({ name: `real held-back ${p.set} (${p.files.length} files)`, gold: [p.path], sources: p.folder, tableOnly: true });
  }
  if (heldoutGold) {
    const gold = resolve(heldoutGold);
    if (!exists(gold)) skipped.push(`== real held-back skipped: ${gold} is absent (named by ${HELDOUT_ENV})`);
    else if (!exists(unlabeled)) skipped.push(`== real held-back skipped: its sources ${unlabeled} are absent (they stay in ../shared)`);
    else sets.push({ name: `real held-back (${HELDOUT_ENV}: ${gold})`, gold: [gold], sources: unlabeled, tableOnly: true });
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
