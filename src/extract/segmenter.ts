// nodejieba with a user dictionary of posts, body suffixes and place names, loaded once per process.
// Used where word boundaries decide: whether a body suffix ends a word ("商务局" yes, "所能" no).
import { createHash } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import nodejieba from 'nodejieba';
import { BODY_SUFFIXES, ENTERPRISE_SUFFIXES, POSTS, places } from './lexicon.ts';

let loaded = false;

function ensureLoaded(): void {
  if (loaded) return;
  const words = new Set<string>();
  const lines: string[] = [];
  const add = (w: string, tag: string) => {
    if (w.length < 2 || words.has(w)) return;
    words.add(w);
    lines.push(`${w} ${tag}`);
  };
  for (const p of POSTS) add(p, 'n');
  for (const s of [...BODY_SUFFIXES, ...ENTERPRISE_SUFFIXES]) add(s, 'n');
  // Districts and above (not the 40 000 streets: loading them costs more than they help).
  for (const [name, list] of places().full) if (list.some((p) => p.level !== 'street')) add(name, 'ns');
  // Keyword extraction is never used, but nodejieba.load always builds it: a one-word IDF and stop-word
  // list instead of the defaults keeps ~20 MB of its tables out of every thread that segments.
  nodejieba.load({
    userDict: dictFile('user', lines.join('\n') + '\n'),
    idfDict: dictFile('idf', '的 1\n'),
    stopWordDict: dictFile('stop', '的\n'),
  });
  loaded = true;
}

/** One file per dictionary content, shared by every run and worker (written once, renamed into place). */
function dictFile(kind: string, content: string): string {
  const path = join(tmpdir(), `kg-jieba-${kind}-${createHash('sha256').update(content).digest('hex').slice(0, 16)}.utf8`);
  if (!existsSync(path)) {
    const partial = `${path}.${process.pid}.${threadId}.tmp`;
    writeFileSync(partial, content);
    renameSync(partial, path);
  }
  return path;
}

/**
 * The finders ask about the same sentence many times (each finder's boundaries, the entity-shape pass over
 * evidence, name tests on the same few words): segmenting is a pure function of the text once the
 * dictionaries are loaded, so the answers are kept while one document is extracted (`forgetSegmentations`
 * after each, so nothing is carried from one document to the next, nor from one benchmark round to the next).
 * Bounded anyway: cleared whole when full.
 */
const MEMO_LIMIT = 20_000;
const boundaryMemo = new Map<string, ReadonlySet<number>>();
const tagMemo = new Map<string, readonly Readonly<{ word: string; tag: string }>[]>();

function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/** Ends a document: its segmentations are dropped. */
export function forgetSegmentations(): void {
  boundaryMemo.clear();
  tagMemo.clear();
}

/** Word boundaries of a sentence as a set of offsets (0 and length included). */
export function wordBoundaries(sentence: string): ReadonlySet<number> {
  const known = boundaryMemo.get(sentence);
  if (known) return known;
  ensureLoaded();
  const cuts = new Set<number>([0]);
  let at = 0;
  for (const w of nodejieba.cut(sentence)) {
    at += w.length;
    cuts.add(at);
  }
  return remember(boundaryMemo, sentence, cuts);
}

export function tagWords(sentence: string): readonly Readonly<{ word: string; tag: string }>[] {
  const known = tagMemo.get(sentence);
  if (known) return known;
  ensureLoaded();
  return remember(tagMemo, sentence, Object.freeze(nodejieba.tag(sentence)));
}
