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
  /** The corpus file the article is in, and the text that starts the article there (as score.mjs finds
   * it): to map the mention to the article id another extractor gives. */
  source: string;
  anchor: string;
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
    for (const p of a.persons) out.push({ article: `a:${a.key}`, name: p.name, trueId: p.id, source: a.source, anchor: a.anchor });
  });
  return out;
}

/** The gold clustering for `bcubed`: mentionKey(article, name) → true identity. */
export function goldClusters(corpus: CorpusRef): Map<string, string> {
  return new Map(identityMentions(corpus).map((m) => [mentionKey(m.article, m.name), m.trueId]));
}

/**
 * The part of a gold clustering whose names are shared by several true identities: where identity is hard.
 * Most mentions are of people whose name is theirs alone, so B-cubed over all mentions is high even for
 * "one name, one person"; over this part the same guess shows what telling namesakes apart is worth.
 */
export function namesakeClusters(gold: Map<string, string>): Map<string, string> {
  const idsOf = new Map<string, Set<string>>();
  const nameOf = (key: string): string => key.slice(key.indexOf('\u0000') + 1);
  for (const [key, id] of gold) {
    const ids = idsOf.get(nameOf(key)) ?? new Set<string>();
    ids.add(id);
    idsOf.set(nameOf(key), ids);
  }
  return new Map([...gold].filter(([key]) => (idsOf.get(nameOf(key)) as Set<string>).size > 1));
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
 * `n` (body, title, day) triples with who truly held the post that day. Only what the text can tell is asked:
 * a post the text states, on a day on which each true holder is stated in that post on or before it and on
 * or after it. (A day between one holder's last mention and the next one's first, or a 区委常委 the papers
 * never name in that period, no reading of the text can settle.) A loader that gives perfect identities and
 * follows the rules (first and last seen; a single seat ends when the next holder is first seen)
 * answers every triple: tests/unit/synth-careers.test.ts checks it. Same corpus, n and seed: same triples.
 */
export function positionTriples(corpus: CorpusRef, n: number, seed = 'triples'): PositionTriple[] {
  type Span = { first: string; last: string };
  const widen = (s: Span | undefined, day: string): Span =>
    s ? { first: day < s.first ? day : s.first, last: day > s.last ? day : s.last } : { first: day, last: day };
  const posts = new Map<string, { body: string; title: string; span: Span; seen: Map<string, Span> }>();
  forEachArticle(corpus, (a) => {
    const idOf = new Map(a.persons.map((p) => [p.name, p.id]));
    for (const p of a.posts) {
      const key = `${p.body}\u0000${p.title}`;
      const post = posts.get(key) ?? { body: p.body, title: p.title, span: widen(undefined, a.date), seen: new Map<string, Span>() };
      post.span = widen(post.span, a.date);
      const id = idOf.get(p.name) as string;
      post.seen.set(id, widen(post.seen.get(id), a.date));
      posts.set(key, post);
    }
  });
  const holders = new Map<string, { id: string; from: string; to: string | null }[]>();
  for (const person of peopleOf(corpus)) {
    for (const post of person.posts) {
      const key = `${post.body}\u0000${post.title}`;
      if (post.title === null || !posts.has(key)) continue;
      holders.set(key, [...(holders.get(key) ?? []), { id: person.id, from: post.from, to: post.to }]);
    }
  }
  const keys = [...posts.keys()].sort();
  const rng = new Rng(`triples:${seed}`);
  const out: PositionTriple[] = [];
  // Most draws are knowable; the bound only stops a corpus with no knowable day from looping forever.
  for (let attempt = 0; out.length < n && attempt < n * 100 && keys.length; attempt++) {
    const key = rng.pick(keys);
    const post = posts.get(key) as { body: string; title: string; span: Span; seen: Map<string, Span> };
    const at = isoDay(rng.between(dayNumber(post.span.first), dayNumber(post.span.last)));
    const ids = [...new Set((holders.get(key) ?? []).filter((h) => h.from <= at && (h.to === null || at < h.to)).map((h) => h.id))];
    const told = (id: string) => {
      const s = post.seen.get(id);
      return s !== undefined && s.first <= at && at <= s.last;
    };
    if (ids.length && ids.every(told)) out.push({ body: post.body, title: post.title, at, holderTrueIds: ids.sort() });
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
