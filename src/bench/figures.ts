// What `kg bench` measures and keeps per corpus size (<dir>/results-<size>.json), and its options.
import type { ExtractionFigures } from './extraction.ts';
import type { LoadResult } from './procs.ts';
import type { Contender, QueryInputs } from './queries.ts';

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
  /** The untimed load before the rounds (absent in figures from before it): statements Neo4j answered, passes. */
  warmup?: { statements: number; passes: number; seconds: number };
}

export interface EndToEndFigures {
  ms: number[];
  peakRssMiB: number[];
  /** Peak PSS of the same process tree per round (shared pages split); absent in figures from before it. */
  peakPssMiB?: number[];
  articles: number;
  relationships: number;
  exitCode: number | null;
  /** Whether `kg ingest` ran with identity from context (src/identity); absent in figures from before it. */
  identity?: boolean;
  /** Load average (1, 5, 15 min) as each round started: the machine is shared. */
  loadAverages?: number[][];
  /** Each round's co-attendance refresh at the end of `kg ingest` (its JSON summary), part of `ms`. */
  coAttendance?: { stamped: boolean; projected: number; refreshed: number; ms: number }[];
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
  /**
   * The co-attendance projection the queries read (src/graph/co-attendance.ts): the refresh that ended the
   * loader's load or, on the ingested graph, the last end-to-end `kg ingest`'s own refresh.
   */
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
