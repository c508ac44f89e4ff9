// The one ingest use case: decoded documents → extract (always in the worker pool) → load. `kg ingest`
// (paths.ts) and the `ingestArticles` mutation (texts.ts) feed it; the graph layer below it reads the
// extraction format only. A bad document is reported with its reason and never stops the good ones;
// nothing stored is touched on its account. Neo4j going away ends the run with the summary so far.
import type { Driver } from 'neo4j-driver';
import { extractDocumentsParallel, type SourceDocument } from '../extract/index.ts';
import type { Extraction } from '../extract/format.ts';
import { extractorVersion } from '../extract/version.ts';
import { refreshCoAttendance, type CoAttendanceRefresh } from '../graph/co-attendance.ts';
import { loadExtraction, type LoadResult } from '../graph/load.ts';
import { IDENTITY_RULES } from '../identity/apply.ts';
import { observeStatements } from '../graph/cypher.ts';
import { emptyTimings, type IngestTimings } from './timings.ts';

/** One input: a decoded document, or the reason it could not be read. */
export type IngestInput = { doc: SourceDocument } | { failed: { file: string; reason: string } };

export interface IngestOptions {
  /**
   * The day a year-less date is read in (SourceDocument.readOn; YYYY-MM-DD). None by default, unlike `kg extract`'s
   * today: a graph keeps the date an article was loaded with when a re-ingest brings none (src/graph/load.ts), and
   * an assumed year must not replace a date a caller once gave (`--date`).
   */
  readOn?: string;
  /** Documents are extracted and loaded in chunks of about this much text. */
  chunkChars?: number;
  articlesPerTx?: number;
  /** A write transaction closes once it holds this many rows (src/graph/plan.ts; an article is never split). */
  rowsPerTx?: number;
  /**
   * Whether a document's source replaces what is stored under that name (articles it no longer produces
   * are retracted). Default: every source except `<stdin>`, which has no lasting identity.
   */
  replaces?: (source: string) => boolean;
  /**
   * Person identity from context (src/identity): one name is several people when their posts and places say so.
   * Default on (the API answers about clusters, so one person's anchor nodes are one person); `false` keeps
   * one node per name, for comparison (`kg ingest --no-identity`).
   */
  identity?: boolean;
  /**
   * Whether the report lists the loaded articles (`loaded`, what `ingestArticles` answers). `kg ingest` says
   * no: kept for a 100k-article run, the list held ≈100k records to the end (src/bench/findings.md, item 28).
   */
  keepLoaded?: boolean;
  /** One event per input once it is loaded or has failed. */
  onFile?: (event: FileEvent) => void;
  /**
   * The co-attendance projection's refresh after the run (src/graph/co-attendance.ts): at most this many marked
   * people, else it is left unstamped (answers then come from the events). Default: all of them.
   */
  coAttendanceMaxMarks?: number;
  /**
   * Time the run's phases and its statements (`timings` in the report; `kg ingest` says yes). Off by default:
   * statement observers are process-wide, so in the API server they would count its questions too.
   */
  timings?: boolean;
}

export type FileEvent = { file: string; ok: true; articles: number } | { file: string; ok: false; reason: string };

export interface IngestReport extends Omit<LoadResult, 'transactions'> {
  files: number;
  failures: { file: string; reason: string }[];
  /** Set when the run stopped early (Neo4j went away): why. The inputs not loaded are in `failures`. */
  aborted?: string;
  /** The articles loaded, as the extraction has them (what `ingestArticles` answers). */
  loaded: Extraction['articles'];
  /** Entities and relations the extractor found in what was loaded. */
  extracted: { entities: number; relations: number };
  /** The co-attendance projection's refresh at the end of the run (absent when Neo4j went away). */
  coAttendance?: CoAttendanceRefresh;
  /** Where the run's time went (with `timings`): src/ingest/timings.ts. */
  timings?: IngestTimings;
}

export function emptyReport(): IngestReport {
  return {
    files: 0, articles: 0, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0,
    retracted: [], skipped: [], failures: [], loaded: [], extracted: { entities: 0, relations: 0 },
  };
}

/** Neo4j is gone (not one bad statement): no later chunk would load either. */
function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable');
}

export async function ingest(driver: Driver, inputs: AsyncIterable<IngestInput>, opts: IngestOptions = {}): Promise<IngestReport> {
  const report = emptyReport();
  const timings = opts.timings ? emptyTimings() : null;
  const runStarted = performance.now();
  const unobserve = timings ? observeStatements((name, ms) => timings.addStatement(name, ms)) : () => false;
  const fail = (file: string, reason: string) => {
    report.failures.push({ file, reason });
    opts.onFile?.({ file, ok: false, reason });
  };
  const chunkChars = opts.chunkChars ?? 1_000_000;
  let chunk: SourceDocument[] = [];
  let chunkSize = 0;
  // Chunk N is loaded while chunk N+1 is read and extracted: Neo4j and the extractor work at the same
  // time. Loads stay in input order.
  let loading: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (chunk.length === 0) return;
    const docs = chunk;
    const extractStarted = performance.now();
    const extraction = extractChunk(docs).then((c) => (timings?.add('extract', performance.now() - extractStarted), c));
    [chunk, chunkSize] = [[], 0];
    const previous = loading;
    loading = (async () => {
      const extracted = await extraction;
      await previous;
      if (report.aborted) return notLoaded(docs);
      const loadStarted = performance.now();
      await loadChunk(driver, extracted, opts, report, fail);
      timings?.add('load', performance.now() - loadStarted);
    })();
    // Awaited by the next flush or at the end; until then a failure must not count as unhandled.
    loading.catch(() => {});
    await previous;
  };
  const notLoaded = (docs: SourceDocument[]) => {
    for (const d of docs) fail(d.source, `not loaded: ${report.aborted}`);
  };
  try {
    for await (const input of inputs) {
      report.files++;
      if ('failed' in input) {
        fail(input.failed.file, input.failed.reason);
        continue;
      }
      if (report.aborted) {
        notLoaded([input.doc]);
        continue;
      }
      chunk.push(opts.readOn ? { readOn: opts.readOn, ...input.doc } : input.doc);
      chunkSize += input.doc.text.length;
      if (chunkSize >= chunkChars) await flush();
    }
    await flush();
  } finally {
    await loading;
  }
  timings?.add('readExtractLoad', performance.now() - runStarted);
  // Once per run, not per load: the hub is touched by almost every batch (src/bench/findings.md, item 29). A
  // refresh that fails leaves the projection unstamped, so unread: the load itself stands.
  if (!report.aborted) {
    try {
      const maxMarks = opts.coAttendanceMaxMarks;
      report.coAttendance = await refreshCoAttendance(driver, maxMarks === undefined ? {} : { maxMarks });
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      report.aborted = `Neo4j became unavailable (${(err as Error).message.split('\n')[0]})`;
    }
  }
  unobserve();
  if (timings) report.timings = timings.done(performance.now() - runStarted);
  return report;
}

interface ExtractedChunk {
  docs: SourceDocument[];
  extraction: Extraction | null;
  /** Set when the extractor threw on the whole chunk. */
  error?: Error;
}

// Always in the worker pool, never on this thread: the segmenter's dictionaries cost ~250 MB per thread
// that loads them, this thread must stay free to feed Neo4j while the next chunk is extracted, and a
// server's event loop must keep answering while a large garbage text is extracted (seconds for 1M chars).
async function extractChunk(docs: SourceDocument[]): Promise<ExtractedChunk> {
  try {
    return { docs, extraction: await extractDocumentsParallel(docs) };
  } catch (err) {
    return { docs, extraction: null, error: err as Error };
  }
}

/** Loads one extracted chunk; if the extractor threw, each document is tried alone to name the culprit. */
async function loadChunk(
  driver: Driver,
  chunk: ExtractedChunk,
  opts: IngestOptions,
  report: IngestReport,
  fail: (file: string, reason: string) => void,
): Promise<void> {
  const { docs, extraction } = chunk;
  if (!extraction) {
    if (docs.length === 1) return fail(docs[0]!.source, `extractor failed: ${chunk.error?.message}`);
    for (const doc of docs) await loadChunk(driver, await extractChunk([doc]), opts, report, fail);
    return;
  }
  const replaces = opts.replaces ?? ((source: string) => source !== '<stdin>');
  let committed = 0;
  let result: LoadResult;
  try {
    result = await loadExtraction(driver, extraction, {
      replaceSources: [...new Set(docs.map((d) => d.source))].filter(replaces),
      // Identity rules are part of what a stored article was loaded by: a change re-loads it cleanly.
      extractor: opts.identity === false ? extractorVersion() : `${extractorVersion()}+${IDENTITY_RULES}`,
      identity: opts.identity !== false,
      ...(opts.articlesPerTx ? { articlesPerTx: opts.articlesPerTx } : {}),
      ...(opts.rowsPerTx ? { rowsPerTx: opts.rowsPerTx } : {}),
      onProgress: (done) => void (committed = done),
    });
  } catch (err) {
    // Each article is all-in or all-out: those of committed transactions stay and are counted.
    report.articles += committed;
    const reason = `${(err as Error).message.split('\n')[0]}`;
    if (isUnavailable(err)) report.aborted = `Neo4j became unavailable (${reason})`;
    const total = new Set(extraction.articles.map((a) => a.id)).size;
    const part = committed > 0 ? ` (${committed} of this chunk's ${total} articles were committed before it)` : '';
    for (const d of docs) fail(d.source, `not loaded${part}: ${report.aborted ?? reason}`);
    return;
  }
  report.articles += result.articles;
  report.nodesCreated += result.nodesCreated;
  report.nodesDeleted += result.nodesDeleted;
  report.relationshipsCreated += result.relationshipsCreated;
  report.relationshipsDeleted += result.relationshipsDeleted;
  report.retracted.push(...result.retracted);
  report.skipped.push(...result.skipped);
  if (opts.keepLoaded !== false) report.loaded.push(...extraction.articles);
  report.extracted.entities += extraction.entities.length;
  report.extracted.relations += extraction.relations.length;
  const perSource = new Map<string, number>();
  for (const a of extraction.articles) perSource.set(a.source, (perSource.get(a.source) ?? 0) + 1);
  for (const doc of docs) opts.onFile?.({ file: doc.source, ok: true, articles: perSource.get(doc.source) ?? 0 });
}
