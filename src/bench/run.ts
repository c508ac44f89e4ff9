// `kg bench`: for each corpus size, a synthetic corpus → extraction (against bare nodejieba) → loading into
// the real Neo4j (against a naive loader) → queries under load (against the bare driver and @neo4j/graphql)
// → `kg ingest` end to end. Each size gets its own embedded Neo4j, stopped afterwards; figures go to
// <dir>/results-<size>.json and BENCHMARKS.md is written from every results file present.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import neo4j from 'neo4j-driver';
import type { Extraction } from '../extract/format.ts';
import type { SourceDocument } from '../extract/index.ts';
import { read } from '../graph/cypher.ts';
import type { EmbeddedNeo4j } from '../graph/embedded.ts';
import { writeCorpus } from '../synth/corpus.ts';
import { CHUNK_CHARS, MAX_SCORED, score, writeBatches } from './batches.ts';
import { benchEndToEnd } from './end-to-end.ts';
import { benchExtraction, chunkByChars } from './extraction.ts';
import { PARTS, type BenchOptions, type Part, type SizeResult } from './figures.ts';
import { benchLoader } from './loader-phase.ts';
import { benchQueries, neo4jMemory } from './query-phase.ts';

export { PARTS, type BenchOptions, type Part, type SizeResult } from './figures.ts';

export async function runBench(opts: BenchOptions): Promise<SizeResult[]> {
  mkdirSync(opts.dir, { recursive: true });
  const results: SizeResult[] = [];
  for (const size of opts.sizes) {
    const file = join(opts.dir, `results-${size}.json`);
    const fresh = await benchSize(size, opts);
    // Parts not run this time keep the figures of the run that measured them.
    const result = existsSync(file) ? mergeResults(JSON.parse(readFileSync(file, 'utf8')) as SizeResult, fresh, opts.parts) : fresh;
    writeFileSync(file, JSON.stringify(result, null, 2));
    results.push(result);
  }
  return results;
}

function mergeResults(previous: SizeResult, fresh: SizeResult, parts: Part[]): SizeResult {
  const merged: SizeResult = { ...previous, ...fresh };
  // Notes describe the run that wrote them: a run of every part replaces them all.
  const notes = parts.length === PARTS.length ? fresh.notes : [...new Set([...previous.notes, ...fresh.notes])];
  merged.notes = notes.filter((note) => !(note.startsWith('extraction skipped') && (fresh.extraction ?? previous.extraction)));
  merged.commands = { ...previous.commands };
  for (const part of parts) if (fresh.command) merged.commands[part] = fresh.command;
  if (!parts.includes('extraction')) {
    merged.extraction = previous.extraction;
    merged.accuracy = previous.accuracy;
  }
  if (!parts.includes('loader') && !parts.includes('queries')) merged.loader = previous.loader;
  else if (!parts.includes('loader') && previous.loader?.oursMs.length && merged.loader) {
    // A queries-only run loads the corpus without the loader comparison: keep the one measured before.
    const { sampleArticles, sampleRows, oursMs, naiveMs, speedup } = previous.loader;
    merged.loader = { ...merged.loader, sampleArticles, sampleRows, oursMs, naiveMs, speedup };
    const sampled = previous.commands?.loader ?? previous.command;
    if (sampled && fresh.command) merged.commands.loader = `${sampled}\` (sample); whole-corpus load: \`${fresh.command}`;
  }
  if (!parts.includes('queries')) {
    merged.queries = previous.queries;
    merged.neo4jMemory = previous.neo4jMemory;
    merged.coAttendanceBuild = previous.coAttendanceBuild;
  }
  if (!parts.includes('e2e')) merged.e2e = previous.e2e;
  for (const key of Object.keys(merged) as (keyof SizeResult)[]) if (merged[key] === undefined) delete merged[key];
  return merged;
}

async function benchSize(size: number, options: BenchOptions): Promise<SizeResult> {
  let opts = options;
  const log = (line: string) => opts.log(`[${size}] ${line}`);
  const large = size >= opts.largeFrom;
  const wholeRuns = large ? Math.min(opts.runs, opts.largeRuns) : opts.runs;
  const notes: string[] = [];
  // At large sizes a separate whole-corpus load would cost as much as `kg ingest` itself: the queries run
  // on the graph the last end-to-end round leaves, and load rates come from those rounds.
  const queriesOnIngested = large && opts.parts.includes('e2e') && opts.parts.includes('queries');

  // 1. corpus (deterministic, so a finished one is reused)
  const corpusDir = join(opts.dir, `corpus-${size}-${opts.seed}`);
  const goldPath = `${corpusDir}.gold.json`;
  const done = `${corpusDir}.done`;
  let synthMs = 0;
  if (!existsSync(done)) {
    rmSync(corpusDir, { recursive: true, force: true });
    log('writing the synthetic corpus');
    const t = performance.now();
    writeCorpus({ articles: size, seed: opts.seed, out: corpusDir, goldPath });
    synthMs = performance.now() - t;
    writeFileSync(done, JSON.stringify({ synthMs }));
  } else synthMs = (JSON.parse(readFileSync(done, 'utf8')) as { synthMs: number }).synthMs;
  const files = readdirSync(corpusDir).sort();
  const docs: SourceDocument[] = files.map((f) => ({ source: f, text: readFileSync(join(corpusDir, f), 'utf8') }));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const loadBefore = loadavg();
  const result: SizeResult = {
    size,
    seed: opts.seed,
    graph: opts.graph,
    measuredAt: new Date().toISOString(),
    command: opts.command,
    commands: Object.fromEntries(opts.parts.map((part) => [part, opts.command])),
    corpus: { files: files.length, articles: size, chars, synthMs },
    notes,
  };

  // 2. extraction, keeping the last round's output for loading
  const batchDir = join(opts.dir, `batches-${size}-${opts.graph}`);
  rmSync(batchDir, { recursive: true, force: true });
  mkdirSync(batchDir, { recursive: true });
  const keep = (i: number, extraction: Extraction) =>
    writeFileSync(join(batchDir, `${String(i).padStart(5, '0')}.json`), JSON.stringify(extraction));
  let extracted = false;
  if (opts.parts.includes('extraction')) {
    const { extractDocuments } = await import('../extract/index.ts');
    log(`extraction: ${chars} chars in ${chunkByChars(docs, CHUNK_CHARS).length} chunks, ${wholeRuns} rounds`);
    try {
      result.extraction = await benchExtraction(docs, {
        runs: wholeRuns,
        chunkChars: CHUNK_CHARS,
        extract: extractDocuments,
        ...(opts.graph === 'extracted' ? { keep } : {}),
        log,
      });
      extracted = opts.graph === 'extracted';
    } catch (err) {
      log(`extraction failed: ${(err as Error).message}`);
      notes.push(`extraction failed (${(err as Error).message.split('\n')[0]}); the graph was built from the gold facts instead`);
      opts = { ...opts, graph: 'gold' };
      result.graph = 'gold';
      rmSync(batchDir, { recursive: true, force: true });
      mkdirSync(batchDir, { recursive: true });
    }
  }
  const needBatches = opts.parts.includes('loader') || opts.parts.includes('queries');
  if (!extracted && needBatches) {
    if (opts.graph === 'extracted') notes.push('extraction skipped: the graph was built from the extractor run once, untimed');
    await writeBatches(opts, size, corpusDir, goldPath, batchDir, keep, log, queriesOnIngested);
  }
  docs.length = 0; // the texts are not needed past here; let the memory go before Neo4j work
  if (extracted && size <= MAX_SCORED) result.accuracy = score(batchDir, goldPath, corpusDir, log);

  const needNeo4j = ['loader', 'queries', 'e2e'].some((p) => opts.parts.includes(p as Part));
  if (!needNeo4j) {
    result.loadAverage = { before: loadBefore, after: loadavg() };
    return result;
  }

  // 3. our own embedded Neo4j for this size
  const { startEmbedded } = await import('../graph/embedded.ts');
  const { applySchema } = await import('../graph/schema.ts');
  const dataDir = join(opts.dir, `neo4j-${size}`);
  rmSync(dataDir, { recursive: true, force: true });
  const neo: EmbeddedNeo4j = await startEmbedded({ dataDir, log });
  const driver = neo4j.driver(neo.uri, neo.auth);
  // The servers and `kg ingest` spawned below inherit these: the embedded Neo4j runs with auth on.
  [process.env.NEO4J_USER, process.env.NEO4J_PASSWORD] = [neo.credentials.user, neo.credentials.password];
  try {
    await applySchema(driver);
    const version = (await read(driver, 'bench-version')).records[0];
    if (version) result.neo4j = `${String(version.get('version'))} ${String(version.get('edition'))}`;
    const batches = readdirSync(batchDir).sort().map((f) => join(batchDir, f));
    // A phase that fails is written down and the others still run: partial figures beat none.
    const phase = async (name: string, fn: () => Promise<void>) => {
      try {
        await fn();
      } catch (err) {
        log(`${name} failed: ${(err as Error).message}`);
        notes.push(`${name} failed: ${(err as Error).message.split('\n')[0]}`);
      }
    };
    if (opts.parts.includes('loader') || (opts.parts.includes('queries') && !queriesOnIngested)) {
      await phase('loading', async () => {
        result.loader = await benchLoader(driver, batches, opts, wholeRuns, log, !queriesOnIngested);
      });
    }
    const queries = () =>
      phase('queries', async () => {
        // The co-attendance projection the loader keeps (src/graph/co-attendance.ts): on the ingested graph the
        // last `kg ingest` refreshed it (its time is in the e2e figures); after the loader's own load, the same
        // refresh `kg ingest` ends with, its cost reported beside the load's.
        const lastIngest = queriesOnIngested ? result.e2e?.coAttendance?.at(-1) : undefined;
        if (lastIngest) result.coAttendanceBuild = lastIngest;
        else {
          const { refreshCoAttendance } = await import('../graph/co-attendance.ts');
          result.coAttendanceBuild = await refreshCoAttendance(driver);
        }
        log(`co-attendance projection: ${result.coAttendanceBuild.projected} nodes in ${(result.coAttendanceBuild.ms / 1000).toFixed(1)} s${result.coAttendanceBuild.stamped ? '' : ' (not stamped: unused)'}`);
        result.neo4jMemory = await neo4jMemory(driver, dataDir);
        log(`page cache ${result.neo4jMemory.pageCache}, store ${result.neo4jMemory.storeMiB.toFixed(1)} MiB`);
        result.queries = await benchQueries(driver, neo.uri, opts, log, neo.pid);
      });
    if (opts.parts.includes('queries') && !queriesOnIngested) await queries();
    if (opts.parts.includes('e2e')) {
      await phase('end to end', async () => {
        result.e2e = await benchEndToEnd(driver, neo.uri, corpusDir, wholeRuns, log);
      });
    }
    if (queriesOnIngested) {
      notes.push('queries ran on the graph the last end-to-end round left (no separate whole-corpus load at this size)');
      await queries();
    }
  } finally {
    await driver.close();
    await neo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  result.loadAverage = { before: loadBefore, after: loadavg() };
  return result;
}
