// Extraction speed: our pipeline against bare nodejieba part-of-speech tagging of the same text,
// run side by side in each round so machine noise (five teammates share two cores) hits both alike.
import { createRequire } from 'node:module';
import type { Extraction } from '../extract/format.ts';
import type { SourceDocument } from '../extract/index.ts';
import { median } from './stats.ts';

const require = createRequire(import.meta.url);

export interface ExtractionFigures {
  chars: number;
  articles: number;
  extractMs: number[];
  jiebaMs: number[];
  /** Median chars per second of each. */
  extractCharsPerSec: number;
  jiebaCharsPerSec: number;
  /** Extraction time over tagging time (goal ≤ 4). */
  ratio: number;
}

/** Consecutive whole files of about `chunkChars` text: the unit `kg ingest` hands the extractor. */
export function chunkByChars(docs: SourceDocument[], chunkChars: number): SourceDocument[][] {
  const out: SourceDocument[][] = [];
  let current: SourceDocument[] = [];
  let size = 0;
  for (const d of docs) {
    current.push(d);
    size += d.text.length;
    if (size >= chunkChars) {
      out.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length) out.push(current);
  return out;
}

export async function benchExtraction(
  docs: SourceDocument[],
  opts: {
    runs: number;
    chunkChars: number;
    extract: (docs: SourceDocument[]) => Extraction | Promise<Extraction>;
    /** Called with each batch's extraction in the last round (the ingest benchmark loads these). */
    keep?: (batch: number, extraction: Extraction) => void;
    log: (line: string) => void;
  },
): Promise<ExtractionFigures> {
  const nodejieba = require('nodejieba') as { tag: (text: string) => unknown[] };
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const batches = chunkByChars(docs, opts.chunkChars);
  // Warm-up: dictionaries load on first use; neither side pays that inside a timed round.
  nodejieba.tag(docs[0]?.text ?? '');
  await opts.extract(docs.slice(0, 1));

  const extractMs: number[] = [];
  const jiebaMs: number[] = [];
  let articles = 0;
  for (let run = 0; run < opts.runs; run++) {
    const t0 = performance.now();
    for (const d of docs) nodejieba.tag(d.text);
    const t1 = performance.now();
    articles = 0;
    for (const [i, batch] of batches.entries()) {
      const extraction = await opts.extract(batch);
      articles += extraction.articles.length;
      if (run === opts.runs - 1) opts.keep?.(i, extraction);
    }
    const t2 = performance.now();
    jiebaMs.push(t1 - t0);
    extractMs.push(t2 - t1);
    opts.log(`  extraction round ${run + 1}/${opts.runs}: extract ${(t2 - t1).toFixed(0)} ms, jieba ${(t1 - t0).toFixed(0)} ms`);
  }
  const e = median(extractMs);
  const j = median(jiebaMs);
  return {
    chars,
    articles,
    extractMs,
    jiebaMs,
    extractCharsPerSec: (chars / e) * 1000,
    jiebaCharsPerSec: (chars / j) * 1000,
    ratio: e / j,
  };
}
