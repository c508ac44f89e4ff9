// The bench's extraction batches: from the corpus gold, or (untimed) from the extractor, and the extractor's
// accuracy on them against the corpus gold (score.mjs).
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '../extract/format.ts';
import type { SourceDocument } from '../extract/index.ts';
import { generateCorpus, type GoldEntity } from '../synth/corpus.ts';
import { GoldExtractor } from '../synth/gold-extraction.ts';
import type { AccuracyFigures, BenchOptions } from './figures.ts';
import { concatExtractions } from './naive-load.ts';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
/** score.mjs matches articles in quadratic time: beyond this size it would take longer than the bench. */
export const MAX_SCORED = 20_000;
/** Text per extraction batch: the chunk size `kg ingest` uses, so both see the same work units. */
export const CHUNK_CHARS = 4_000_000;

/** Batches for loading from the gold (or, untimed, from the extractor when its benchmark was skipped). */
export async function writeBatches(
  opts: BenchOptions,
  size: number,
  corpusDir: string,
  goldPath: string,
  batchDir: string,
  keep: (i: number, e: Extraction) => void,
  log: (line: string) => void,
  firstOnly = false,
): Promise<void> {
  log(`building the ${opts.graph} graph's batches`);
  if (opts.graph === 'gold') {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { entities: GoldEntity[] };
    const gx = new GoldExtractor(gold.entities);
    let parts: Extraction[] = [];
    let chars = 0;
    let i = 0;
    for (const file of generateCorpus({ articles: size, seed: opts.seed })) {
      parts.push(gx.file(file));
      chars += file.text.length;
      if (chars >= CHUNK_CHARS) {
        keep(i++, concatExtractions(parts));
        parts = [];
        chars = 0;
      }
    }
    if (parts.length) keep(i, concatExtractions(parts));
    return;
  }
  const { extractDocuments } = await import('../extract/index.ts');
  const files = readdirSync(corpusDir).sort();
  let chunk: SourceDocument[] = [];
  let chars = 0;
  let i = 0;
  for (const f of files) {
    const text = readFileSync(join(corpusDir, f), 'utf8');
    chunk.push({ source: f, text });
    chars += text.length;
    if (chars >= CHUNK_CHARS) {
      keep(i++, await extractDocuments(chunk));
      if (firstOnly) return; // the loader sample needs only the first batch
      chunk = [];
      chars = 0;
    }
  }
  if (chunk.length) keep(i, await extractDocuments(chunk));
}

/** The extractor's accuracy on the corpus: its kept output scored against the corpus gold by score.mjs. */
export function score(batchDir: string, goldPath: string, corpusDir: string, log: (line: string) => void): AccuracyFigures {
  const parts = readdirSync(batchDir).sort().map((f) => JSON.parse(readFileSync(join(batchDir, f), 'utf8')) as Extraction);
  const predPath = join(batchDir, '..', `prediction-${basename(batchDir)}.json`);
  writeFileSync(predPath, JSON.stringify(concatExtractions(parts)));
  const scorer = resolve(repo, '../shared/eval/score.mjs');
  const out = spawnSync(process.execPath, [scorer, '--gold', goldPath, '--pred', predPath, '--sources', corpusDir, '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  rmSync(predPath, { force: true });
  if (out.status !== 0) throw new Error(`score.mjs failed: ${out.stderr.slice(-500)}`);
  const report = JSON.parse(out.stdout) as { overall: number; results: Record<string, { f: number }> };
  log(`accuracy against the corpus gold: overall F1 ${report.overall.toFixed(3)}`);
  return { overallF1: report.overall, f1: Object.fromEntries(Object.entries(report.results).map(([k, v]) => [k, v.f])) };
}

export function sliceArticles(e: Extraction, n: number): Extraction {
  const ids = new Set(e.articles.slice(0, n).map((a) => a.id));
  return {
    articles: e.articles.filter((a) => ids.has(a.id)),
    entities: e.entities
      .map((x) => ({ ...x, articles: x.articles.filter((a) => ids.has(a)) }))
      .filter((x) => x.articles.length > 0),
    relations: e.relations.filter((r) => ids.has(r.article)),
  };
}
