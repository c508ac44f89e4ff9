// The bench's loading phase: the batched loader against the naive one on a sample, and whole-corpus loads.
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../extract/format.ts';
import { sliceArticles } from './batches.ts';
import type { BenchOptions, LoaderFigures } from './figures.ts';
import { naiveLoad, relationshipCount, rowCount, wipe } from './naive-load.ts';
import { median } from './stats.ts';

export async function benchLoader(
  driver: Driver,
  batches: string[],
  opts: BenchOptions,
  wholeRuns: number,
  log: (line: string) => void,
  wholeCorpus = true,
): Promise<LoaderFigures> {
  const { loadExtraction } = await import('../graph/load.ts');
  const readBatch = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Extraction;
  const sample = sliceArticles(readBatch(batches[0] as string), opts.naiveArticles);
  const oursMs: number[] = [];
  const naiveMs: number[] = [];
  if (opts.parts.includes('loader')) {
    // An untimed round first: query planning and JIT warm-up would otherwise land on whoever goes first.
    for (const load of [loadExtraction, naiveLoad]) {
      await wipe(driver);
      await load(driver, sample);
    }
    for (let run = 0; run < opts.runs; run++) {
      await wipe(driver);
      let t = performance.now();
      await loadExtraction(driver, sample);
      oursMs.push(performance.now() - t);
      await wipe(driver);
      t = performance.now();
      await naiveLoad(driver, sample);
      naiveMs.push(performance.now() - t);
      log(`  loader round ${run + 1}/${opts.runs} on ${sample.articles.length} articles: ours ${oursMs.at(-1)!.toFixed(0)} ms, naive ${naiveMs.at(-1)!.toFixed(0)} ms`);
    }
  }
  const fullMs: number[] = [];
  let fullArticles = 0;
  let fullRelationships = 0;
  const rounds = !wholeCorpus ? 0 : opts.parts.includes('loader') ? wholeRuns : 1;
  for (let run = 0; run < rounds; run++) {
    await wipe(driver);
    let ms = 0;
    fullArticles = 0;
    for (const path of batches) {
      const extraction = readBatch(path);
      const t = performance.now();
      const r = await loadExtraction(driver, extraction);
      ms += performance.now() - t;
      fullArticles += r.articles;
    }
    fullMs.push(ms);
    fullRelationships = await relationshipCount(driver);
    log(`  full load round ${run + 1}/${rounds}: ${fullArticles} articles, ${fullRelationships} relationships in ${ms.toFixed(0)} ms`);
  }
  const full = median(fullMs);
  return {
    sampleArticles: sample.articles.length,
    sampleRows: rowCount(sample),
    oursMs,
    naiveMs,
    speedup: median(naiveMs) / median(oursMs),
    fullMs,
    fullArticles,
    fullRelationships,
    articlesPerSec: (fullArticles / full) * 1000,
    relationshipsPerSec: (fullRelationships / full) * 1000,
  };
}
