// The synthetic corpus's identity gold, for scoring person identity (B-cubed) and posts over time.
//
// `corpus` is either
//   - the options `kg synth` was run with ({ articles, seed }): the corpus is regenerated in memory
//     (deterministic, ≈5 s at 100k), or
//   - a path written by `kg synth`: the gold file (…gold.json), or the corpus folder whose gold sits beside it
//     (`<dir>.gold.json`, as `kg synth` writes it by default). The file is read a line at a time (one article
//     or person a line, as writeCorpus writes it), so a 100k corpus's gold never sits in memory whole.
//
// Mentions are keyed by the gold extraction's article id (`a:<key>`, see gold-extraction.ts) and the name as
// written; one article never names two people of one name, so the key is one person.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import type { GoldArticle } from './articles.ts';
import { generateCorpus, type SynthOptions } from './corpus.ts';
import { Rng } from './random.ts';
import { buildWorld, type GoldPerson, goldPeople } from './world.ts';

export type CorpusRef = SynthOptions | string;

export interface IdentityMention {
  /** The gold extraction's article id: `a:<gold key>`. */
  article: string;
  /** The name as the text writes it. */
  name: string;
  /** The true identity, P000123. */
  trueId: string;
  /** The corpus file the article is in (to map to another extractor's article ids by source and order). */
  source: string;
}

export interface PositionTriple {
  /** The district the post is in (holders(body:) covers its 区委, 区政府…). */
  body: string;
  title: string;
  at: string;
  /** Everyone who truly held that title there on that day (several for multi-seat posts like 副区长). */
  holderTrueIds: string[];
}

/** The key B-cubed compares mentions by. */
export const mentionKey = (article: string, name: string): string => `${article}\u0000${name}`;

/** Every person mention of the corpus with its true identity. */
export function identityMentions(corpus: CorpusRef): IdentityMention[] {
  const out: IdentityMention[] = [];
  forEachArticle(corpus, (a) => {
    for (const p of a.persons) out.push({ article: `a:${a.key}`, name: p.name, trueId: p.id, source: a.source });
  });
  return out;
}

/**
 * B-cubed (Bagga & Baldwin 1998) over the mentions of `gold` (key → true cluster), `pred` (key → predicted
 * cluster). Per mention: precision = |its predicted cluster ∩ its true cluster| / |its predicted cluster|,
 * recall = the same over |its true cluster|; both averaged over mentions. A gold mention missing from `pred`
 * is a cluster of its own; predicted mentions outside the gold are ignored.
 */
export function bcubed(gold: Map<string, string>, pred: Map<string, string>): { precision: number; recall: number; f1: number } {
  if (gold.size === 0) return { precision: 1, recall: 1, f1: 1 };
  const predOf = (key: string): string => {
    const p = pred.get(key);
    return p === undefined ? `\u0001${key}` : `\u0002${p}`;
  };
  const goldSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  const bothSize = new Map<string, number>();
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const [key, g] of gold) {
    const p = predOf(key);
    count(goldSize, g);
    count(predSize, p);
    count(bothSize, `${g}\u0000${p}`);
  }
  let precision = 0;
  let recall = 0;
  for (const [key, g] of gold) {
    const p = predOf(key);
    const both = bothSize.get(`${g}\u0000${p}`) as number;
    precision += both / (predSize.get(p) as number);
    recall += both / (goldSize.get(g) as number);
  }
  precision /= gold.size;
  recall /= gold.size;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/**
 * `n` (body, title, day) triples with who truly held the post that day. Only posts the text states are
 * sampled, on a day between the first and the last article stating that post in that district: a graph
 * built from the text can know no more. The same corpus, n and seed give the same triples.
 */
export function positionTriples(corpus: CorpusRef, n: number, seed = 'triples'): PositionTriple[] {
  const seen = new Map<string, { body: string; title: string; first: string; last: string }>();
  forEachArticle(corpus, (a) => {
    for (const p of a.posts) {
      const key = `${p.body}\u0000${p.title}`;
      const s = seen.get(key);
      if (!s) seen.set(key, { body: p.body, title: p.title, first: a.date, last: a.date });
      else {
        if (a.date < s.first) s.first = a.date;
        if (a.date > s.last) s.last = a.date;
      }
    }
  });
  const holders = new Map<string, { id: string; from: string; to: string | null }[]>();
  for (const person of peopleOf(corpus)) {
    for (const post of person.posts) {
      if (post.title === null) continue;
      const key = `${post.body}\u0000${post.title}`;
      if (!seen.has(key)) continue;
      const list = holders.get(key) ?? [];
      list.push({ id: person.id, from: post.from, to: post.to });
      holders.set(key, list);
    }
  }
  const keys = [...seen.keys()].sort();
  if (!keys.length) return [];
  const rng = new Rng(`triples:${seed}`);
  const out: PositionTriple[] = [];
  for (let i = 0; i < n; i++) {
    const s = seen.get(rng.pick(keys)) as { body: string; title: string; first: string; last: string };
    const at = isoDay(rng.between(dayNumber(s.first), dayNumber(s.last)));
    const ids = (holders.get(`${s.body}\u0000${s.title}`) ?? []).filter((h) => h.from <= at && (h.to === null || at < h.to)).map((h) => h.id);
    out.push({ body: s.body, title: s.title, at, holderTrueIds: ids.sort() });
  }
  return out;
}

/** The gold's people (true identities and their posts over time). */
export function peopleOf(corpus: CorpusRef): GoldPerson[] {
  if (typeof corpus !== 'string') return goldPeople(buildWorld(corpus.seed, corpus.articles));
  const people: GoldPerson[] = [];
  forEachLine(goldFile(corpus), 'people', (line) => people.push(JSON.parse(line) as GoldPerson));
  return people;
}

/** Calls `visit` with every gold article of the corpus, in corpus order. */
export function forEachArticle(corpus: CorpusRef, visit: (a: GoldArticle) => void): void {
  if (typeof corpus !== 'string') {
    for (const file of generateCorpus(corpus)) for (const a of file.articles) visit(a.gold);
    return;
  }
  forEachLine(goldFile(corpus), 'articles', (line) => visit(JSON.parse(line) as GoldArticle));
}

function goldFile(path: string): string {
  const file = existsSync(path) && statSync(path).isDirectory() ? `${path.replace(/\/+$/, '')}.gold.json` : path;
  if (!existsSync(file)) throw new Error(`identity gold: ${file} not found (give the gold file or the folder kg synth wrote)`);
  return file;
}

/** The one-object lines of a top-level array of a gold file written by writeCorpus. */
function forEachLine(file: string, section: 'articles' | 'people', visit: (line: string) => void): void {
  let inside = false;
  let found = false;
  readLines(file, (raw) => {
    if (!inside) {
      if (raw === `  "${section}": [`) inside = found = true;
      return;
    }
    if (raw.startsWith('  ]')) {
      inside = false;
      return;
    }
    visit(raw.trim().replace(/,$/, ''));
  });
  if (!found) throw new Error(`identity gold: ${file} has no "${section}" list (written by an older kg synth? write it again)`);
}

function readLines(file: string, visit: (line: string) => void): void {
  const fd = openSync(file, 'r');
  const chunk = Buffer.alloc(1 << 20);
  let rest = Buffer.alloc(0);
  try {
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      let buf = Buffer.concat([rest, chunk.subarray(0, read)]);
      let nl: number;
      while ((nl = buf.indexOf(10)) >= 0) {
        visit(buf.subarray(0, nl).toString('utf8'));
        buf = buf.subarray(nl + 1);
      }
      rest = Buffer.from(buf);
    }
    if (rest.length) visit(rest.toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
