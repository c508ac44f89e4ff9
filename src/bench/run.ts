// `kg bench`: for each corpus size, a synthetic corpus → extraction (against bare nodejieba) → loading into
// the real Neo4j (against a naive loader) → queries under load (against the bare driver and @neo4j/graphql)
// → `kg ingest` end to end. Each size gets its own embedded Neo4j, stopped afterwards; figures go to
// <dir>/results-<size>.json and BENCHMARKS.md is written from every results file present.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename, join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Extraction } from '../extract/format.ts';
import type { SourceDocument } from '../extract/index.ts';
import { read } from '../graph/cypher.ts';
import type { EmbeddedNeo4j } from '../graph/embedded.ts';
import { writeCorpus, generateCorpus, type GoldEntity } from '../synth/corpus.ts';
import { GoldExtractor } from '../synth/gold-extraction.ts';
import { benchExtraction, chunkByChars, type ExtractionFigures } from './extraction.ts';
import { concatExtractions, naiveLoad, relationshipCount, rowCount, wipe } from './naive-load.ts';
import { autocannon, spawnReady, stopChild, watchRss, type LoadResult } from './procs.ts';
import { questions, type Contender, type QueryInputs } from './queries.ts';
import { median } from './stats.ts';

export type Part = 'extraction' | 'loader' | 'queries' | 'e2e';
export const PARTS: readonly Part[] = ['extraction', 'loader', 'queries', 'e2e'];

export interface BenchOptions {
  sizes: number[];
  /** Rounds of every timing (medians are reported). */
  runs: number;
  /** Rounds of the whole-corpus timings (full load, end to end) at sizes ≥ `largeFrom`. */
  largeRuns: number;
  largeFrom: number;
  seed: string;
  /** Working folder: corpora, extraction batches, Neo4j stores, results. */
  dir: string;
  out: string;
  /** Load the extractor's output, or the gold's facts (the designed graph, whatever the extractor's state). */
  graph: 'extracted' | 'gold';
  /** Articles in the sample both loaders load (the naive loader is slow by design). */
  naiveArticles: number;
  querySeconds: number;
  connections: number;
  parts: Part[];
  command: string;
  log: (line: string) => void;
}

export interface LoaderFigures {
  sampleArticles: number;
  sampleRows: number;
  oursMs: number[];
  naiveMs: number[];
  /** Naive time over ours (goal ≥ 10). */
  speedup: number;
  fullMs: number[];
  fullArticles: number;
  fullRelationships: number;
  articlesPerSec: number;
  relationshipsPerSec: number;
}

export interface QueryFigures {
  inputs: QueryInputs;
  /** question → contender → per-run load results */
  runs: Record<string, Partial<Record<Contender, LoadResult[]>>>;
  /** Peak RSS (MiB) of each server process under load. */
  rssMiB: Partial<Record<Contender, number>>;
  seconds: number;
  connections: number;
}

export interface EndToEndFigures {
  ms: number[];
  peakRssMiB: number[];
  articles: number;
  relationships: number;
  exitCode: number | null;
}

export interface AccuracyFigures {
  overallF1: number;
  /** F1 per measure of score.mjs. */
  f1: Record<string, number>;
}

export interface SizeResult {
  size: number;
  seed: string;
  graph: BenchOptions['graph'];
  measuredAt: string;
  /** The command line that produced it (of the latest run; see `commands`). */
  command?: string;
  /** The command line that produced each part's figures (a run of some parts keeps the others'). */
  commands?: Partial<Record<Part, string>>;
  neo4j?: string;
  /** The embedded Neo4j's page cache setting and its store's size once the queried graph was loaded. */
  neo4jMemory?: { pageCache: string; storeMiB: number };
  /** The co-attendance projection built before the queries (src/graph/co-attendance.ts). */
  coAttendanceBuild?: { stamped: boolean; projected: number; ms: number };
  corpus: { files: number; articles: number; chars: number; synthMs: number };
  extraction?: ExtractionFigures;
  accuracy?: AccuracyFigures;
  loadAverage?: { before: number[]; after: number[] };
  loader?: LoaderFigures;
  queries?: QueryFigures;
  e2e?: EndToEndFigures;
  notes: string[];
}

const repo = fileURLToPath(new URL('../../', import.meta.url));
/** score.mjs matches articles in quadratic time: beyond this size it would take longer than the bench. */
const MAX_SCORED = 20_000;
/** Text per extraction batch: the chunk size `kg ingest` uses, so both see the same work units. */
const CHUNK_CHARS = 4_000_000;

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
        // The co-attendance projection, built once after the load (kg ingest does not build it yet: the loader
        // has to call src/graph/co-attendance.ts); its cost is reported beside the load's.
        const { rebuildCoAttendance } = await import('../graph/co-attendance.ts');
        result.coAttendanceBuild = await rebuildCoAttendance(driver);
        log(`co-attendance projection: ${result.coAttendanceBuild.projected} nodes in ${(result.coAttendanceBuild.ms / 1000).toFixed(1)} s${result.coAttendanceBuild.stamped ? '' : ' (not stamped: unused)'}`);
        result.neo4jMemory = await neo4jMemory(driver, dataDir);
        log(`page cache ${result.neo4jMemory.pageCache}, store ${result.neo4jMemory.storeMiB.toFixed(1)} MiB`);
        result.queries = await benchQueries(driver, neo.uri, opts, log);
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

/** Batches for loading from the gold (or, untimed, from the extractor when its benchmark was skipped). */
async function writeBatches(
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
function score(batchDir: string, goldPath: string, corpusDir: string, log: (line: string) => void): AccuracyFigures {
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

function sliceArticles(e: Extraction, n: number): Extraction {
  const ids = new Set(e.articles.slice(0, n).map((a) => a.id));
  return {
    articles: e.articles.filter((a) => ids.has(a.id)),
    entities: e.entities
      .map((x) => ({ ...x, articles: x.articles.filter((a) => ids.has(a)) }))
      .filter((x) => x.articles.length > 0),
    relations: e.relations.filter((r) => ids.has(r.article)),
  };
}

async function benchLoader(
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

async function neo4jMemory(driver: Driver, dataDir: string): Promise<{ pageCache: string; storeMiB: number }> {
  const settings = (await read(driver, 'bench-memory')).records;
  const pageCache = String(settings.find((r) => r.get('name') === 'server.memory.pagecache.size')?.get('value') ?? '?');
  const { bytesUnder } = await import('../graph/launcher-process.ts');
  return { pageCache, storeMiB: bytesUnder(join(dataDir, 'data', 'databases')) / 2 ** 20 };
}

async function queryInputs(driver: Driver): Promise<QueryInputs> {
  const hub = (await read(driver, 'bench-hub-person')).records[0];
  if (!hub) throw new Error('the graph has no person at any event: nothing to query');
  const hubId = String(hub.get('id'));
  const far = (await read(driver, 'bench-far-person', { hubId })).records[0];
  const hubName = String(hub.get('name'));
  return {
    hubId,
    hubName,
    hubEvents: Number(hub.get('events')),
    farId: far ? String(far.get('id')) : hubId,
    farName: far ? String(far.get('name')) : hubName,
    searchText: hubName,
  };
}

const SERVERS: Record<Contender, { args: string[]; ready: RegExp; path: string; env?: Record<string, string> }> = {
  ours: { args: [join(repo, 'bin/kg.js'), 'serve'], ready: /"port":(\d+)/, path: '/graphql', env: { KG_RESPONSE_CACHE: 'off' } },
  cached: { args: [join(repo, 'bin/kg.js'), 'serve'], ready: /"port":(\d+)/, path: '/graphql' },
  driver: { args: ['--import', 'tsx', join(repo, 'src/bench/servers/driver.ts')], ready: /BENCH_SERVER_READY (\d+)/, path: '/' },
  peer: { args: ['--import', 'tsx', join(repo, 'src/bench/servers/neo4j-graphql.ts')], ready: /BENCH_SERVER_READY (\d+)/, path: '/graphql' },
};

async function benchQueries(driver: Driver, uri: string, opts: BenchOptions, log: (line: string) => void): Promise<QueryFigures> {
  const inputs = await queryInputs(driver);
  log(`queries: hub ${inputs.hubName} (${inputs.hubEvents} events), far ${inputs.farName}`);
  const qs = questions(inputs);
  const figures: QueryFigures = { inputs, runs: {}, rssMiB: {}, seconds: opts.querySeconds, connections: opts.connections };
  const servers: Partial<Record<Contender, { url: string; stop: () => Promise<void>; pid: number }>> = {};
  try {
    for (const c of Object.keys(SERVERS) as Contender[]) {
      const s = SERVERS[c];
      // Production mode for all (graphql-js's development checks cost every GraphQL server ≈15%).
      const { child, match } = await spawnReady(s.args, { NEO4J_URI: uri, PORT: '0', NODE_ENV: 'production', ...s.env }, s.ready);
      servers[c] = { url: `http://127.0.0.1:${match[1]}${s.path}`, stop: () => stopChild(child), pid: child.pid! };
    }
    // Each answer is checked once before any load: a benchmark of error responses would be worthless.
    for (const q of qs) {
      for (const [c, body] of Object.entries(q.bodies) as [Contender, string][]) {
        const res = await fetch(servers[c]!.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const json = (await res.json()) as { errors?: unknown; error?: unknown };
        if (!res.ok || json.errors || json.error) throw new Error(`${c} cannot answer ${q.name}: ${JSON.stringify(json).slice(0, 400)}`);
      }
    }
    // Warm-up, untimed: one measurement's worth of load on every question and contender (Neo4j's JIT and
    // query plans, pools). One second was too little: Neo4j kept speeding up for several rounds after it.
    for (const q of qs) {
      for (const [c, body] of Object.entries(q.bodies) as [Contender, string][]) {
        await autocannon(servers[c]!.url, body, { connections: opts.connections, seconds: opts.querySeconds });
      }
    }
    for (let run = 0; run < opts.runs; run++) {
      for (const q of qs) {
        // Each round starts with the next contender: whoever goes first meets a Neo4j that is still warming
        // up, and a fixed order handed that to the same contender in every round.
        const entries = Object.entries(q.bodies) as [Contender, string][];
        const order = entries.map((_, i) => entries[(i + run) % entries.length] as [Contender, string]);
        for (const [c, body] of order) {
          const server = servers[c]!;
          const rss = watchRss(server.pid);
          const r = await autocannon(server.url, body, { connections: opts.connections, seconds: opts.querySeconds });
          figures.rssMiB[c] = Math.max(figures.rssMiB[c] ?? 0, rss.stop());
          ((figures.runs[q.name] ??= {})[c] ??= []).push(r);
          log(`  round ${run + 1} ${q.name} ${c}: ${r.rps.toFixed(1)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms${r.errors || r.non2xx ? `, ${r.errors} errors, ${r.non2xx} non-2xx` : ''}`);
        }
      }
    }
  } finally {
    for (const s of Object.values(servers)) await s.stop();
  }
  return figures;
}

async function benchEndToEnd(
  driver: Driver,
  uri: string,
  corpusDir: string,
  rounds: number,
  log: (line: string) => void,
): Promise<EndToEndFigures> {
  const { spawn } = await import('node:child_process');
  const ms: number[] = [];
  const peakRssMiB: number[] = [];
  let exitCode: number | null = null;
  let articles = 0;
  for (let run = 0; run < rounds; run++) {
    await wipe(driver);
    const t = performance.now();
    const child = spawn(process.execPath, [join(repo, 'bin/kg.js'), 'ingest', resolve(corpusDir)], {
      env: { ...process.env, NEO4J_URI: uri },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const rss = watchRss(child.pid!, 200);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-4000)));
    child.stderr.on('data', () => undefined);
    exitCode = await new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    ms.push(performance.now() - t);
    peakRssMiB.push(rss.stop());
    articles = Number(/(\d+) articles/.exec(out)?.[1] ?? 0);
    log(`  end to end round ${run + 1}/${rounds}: exit ${exitCode}, ${(ms.at(-1)! / 1000).toFixed(1)} s, peak RSS ${peakRssMiB.at(-1)!.toFixed(0)} MiB`);
  }
  return { ms, peakRssMiB, articles, relationships: await relationshipCount(driver), exitCode };
}
