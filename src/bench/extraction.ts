// Extraction speed: our pipeline against bare nodejieba part-of-speech tagging of the same text, in the
// same thread with the same dictionary, run side by side in each round so machine noise (teammates share
// two cores) hits both alike. The verdict is the median of per-round CPU-time ratios: wall-time rounds of
// tagging scattered 420–940 ms on a busy machine while its CPU time did not (findings 33).
import { createRequire } from 'node:module';
import type { Extraction } from '../extract/format.ts';
import type { SourceDocument } from '../extract/index.ts';
import { median } from './stats.ts';

const require = createRequire(import.meta.url);

export interface ExtractionFigures {
  chars: number;
  articles: number;
  /** Wall time of each round (ms), extraction and tagging; round k of one pairs with round k of the other. */
  extractMs: number[];
  jiebaMs: number[];
  /** CPU time of the process over each round (ms, user + system): what a busy neighbour cannot add to. */
  extractCpuMs?: number[];
  jiebaCpuMs?: number[];
  /** Median chars per second of each (wall). */
  extractCharsPerSec: number;
  jiebaCharsPerSec: number;
  /**
   * The goal's figure (≤ 4): the median of the per-round ratios of CPU time, extraction over tagging.
   * Results written before CPU time was measured hold the ratio of the wall-time medians here.
   */
  ratio: number;
  /** The median of the per-round ratios of wall time, printed beside. */
  wallRatio?: number;
  /** Per-round ratios, CPU and wall. */
  cpuRatios?: number[];
  wallRatios?: number[];
}

/** Rounds are cheap on a small corpus; a few more make the median of ratios stand still. */
export const MIN_ROUNDS = 7;
const SMALL_CORPUS_CHARS = 5_000_000;

/** Characters each side handles, untimed, before the measured rounds. */
export const WARMUP_CHARS = 2_500_000;

/**
 * Which chunks the warm-up runs, in order: from the first, cycling over the corpus, until `budget` characters
 * (at least one chunk). A small corpus is passed over several times; a large one warms on its first chunk.
 */
export function warmupBatches(chunkChars: number[], budget: number): number[] {
  const out: number[] = [];
  if (!chunkChars.some((n) => n > 0)) return chunkChars.length ? [0] : [];
  for (let done = 0, i = 0; done < budget || out.length === 0; i = (i + 1) % chunkChars.length) {
    out.push(i);
    done += chunkChars[i]!;
  }
  return out;
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

/** Wall and CPU time of one call, in ms. CPU is the whole process's: nothing else runs in it meanwhile. */
async function measured<T>(fn: () => Promise<T>): Promise<{ wall: number; cpu: number; value: T }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000, value };
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
  const rounds = chars <= SMALL_CORPUS_CHARS ? Math.max(opts.runs, MIN_ROUNDS) : opts.runs;
  // Warm-up, untimed, both sides: dictionaries load on first use, and V8 is still optimizing the extractor
  // through its first few million characters (findings 47: from a cold start, whole-corpus rounds at 1k took
  // 6.0, 2.9, 2.4, 2.0 s of CPU and then 1.5–2.0 s). The extractor's load replaces the process's one nodejieba
  // dictionary with ours (the default plus posts, bodies and places), so from here on tagging and extraction
  // segment with the same dictionary, in the same thread.
  const warm = warmupBatches(batches.map((b) => b.reduce((n, d) => n + d.text.length, 0)), WARMUP_CHARS);
  nodejieba.tag(docs[0]?.text ?? '');
  for (const i of warm) {
    await opts.extract(batches[i]!);
    for (const d of batches[i]!) nodejieba.tag(d.text);
  }
  opts.log(`  warm-up: ${warm.length} chunk(s), ${warm.reduce((n, i) => n + batches[i]!.reduce((m, d) => m + d.text.length, 0), 0)} chars, untimed`);

  const tag = async () => {
    for (const d of docs) nodejieba.tag(d.text);
  };
  const extract = (last: boolean) => async () => {
    let articles = 0;
    for (const [i, batch] of batches.entries()) {
      const extraction = await opts.extract(batch);
      articles += extraction.articles.length;
      if (last) opts.keep?.(i, extraction);
    }
    return articles;
  };
  const extractMs: number[] = [];
  const jiebaMs: number[] = [];
  const extractCpuMs: number[] = [];
  const jiebaCpuMs: number[] = [];
  let articles = 0;
  for (let run = 0; run < rounds; run++) {
    // Interleaved, and in turn which side goes first: a neighbour's burst or a collection left over
    // from the side before falls on both sides alike over the rounds.
    const last = run === rounds - 1;
    let t: Awaited<ReturnType<typeof measured<void>>>;
    let e: Awaited<ReturnType<typeof measured<number>>>;
    if (run % 2 === 0) {
      t = await measured(tag);
      e = await measured(extract(last));
    } else {
      e = await measured(extract(last));
      t = await measured(tag);
    }
    articles = e.value;
    jiebaMs.push(t.wall);
    extractMs.push(e.wall);
    jiebaCpuMs.push(t.cpu);
    extractCpuMs.push(e.cpu);
    opts.log(
      `  extraction round ${run + 1}/${rounds}: extract ${e.wall.toFixed(0)} ms (cpu ${e.cpu.toFixed(0)}), jieba ${t.wall.toFixed(0)} ms (cpu ${t.cpu.toFixed(0)}); ratio cpu ${(e.cpu / t.cpu).toFixed(2)}×, wall ${(e.wall / t.wall).toFixed(2)}×`,
    );
  }
  return extractionFigures({ chars, articles, extractMs, jiebaMs, extractCpuMs, jiebaCpuMs });
}

/** The figures of paired rounds: medians of each side and of the per-round ratios. */
export function extractionFigures(r: { chars: number; articles: number; extractMs: number[]; jiebaMs: number[]; extractCpuMs: number[]; jiebaCpuMs: number[] }): ExtractionFigures {
  const cpuRatios = r.extractCpuMs.map((e, k) => e / r.jiebaCpuMs[k]!);
  const wallRatios = r.extractMs.map((e, k) => e / r.jiebaMs[k]!);
  return {
    ...r,
    extractCharsPerSec: (r.chars / median(r.extractMs)) * 1000,
    jiebaCharsPerSec: (r.chars / median(r.jiebaMs)) * 1000,
    ratio: median(cpuRatios),
    wallRatio: median(wallRatios),
    cpuRatios,
    wallRatios,
  };
}
