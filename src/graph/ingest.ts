// `kg ingest` without the terminal: files and folders → decode → extract → load. A bad file is reported
// with its reason and never stops the good ones; nothing stored is touched on its account.
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { decodeBytes, DEFAULT_MAX_BYTES, InputError, readDocument } from '../extract/decode.ts';
import { extractDocumentsParallel, type SourceDocument } from '../extract/index.ts';
import type { Extraction } from '../extract/format.ts';
import { loadExtraction, type LoadResult } from './load.ts';
import { extractorVersion } from '../extract/version.ts';

export const STDIN = '-';

export interface IngestOptions {
  /** Publication date for every document (YYYY-MM-DD), when known. */
  date?: string;
  maxBytes?: number;
  /** Documents are extracted and loaded in chunks of about this much text. */
  chunkChars?: number;
  articlesPerTx?: number;
  /** Where `-` reads from (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** One event per input file once it is loaded or has failed. */
  onFile?: (event: FileEvent) => void;
  /** Called with the number of files found, before any is read. */
  onStart?: (files: number) => void;
}

export type FileEvent = { file: string; ok: true; articles: number } | { file: string; ok: false; reason: string };

export interface IngestReport extends Omit<LoadResult, 'transactions'> {
  files: number;
  failures: { file: string; reason: string }[];
}

export async function ingestPaths(driver: Driver, inputs: string[], opts: IngestOptions = {}): Promise<IngestReport> {
  const report: IngestReport = {
    files: 0, articles: 0, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0,
    retracted: [], skipped: [], failures: [],
  };
  const fail = (file: string, reason: string) => {
    report.failures.push({ file, reason });
    opts.onFile?.({ file, ok: false, reason });
  };

  const files = await expandInputs(inputs, fail);
  report.files = files.length + report.failures.length;
  opts.onStart?.(report.files);

  const chunkChars = opts.chunkChars ?? 1_000_000;
  let chunk: SourceDocument[] = [];
  let chunkSize = 0;
  // Chunk N is loaded while chunk N+1 is read and extracted (in a worker when it is big): Neo4j and
  // the extractor work at the same time. Loads stay in input order.
  let loading: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (chunk.length === 0) return;
    const docs = chunk;
    const extraction = extractChunk(docs);
    [chunk, chunkSize] = [[], 0];
    const previous = loading;
    loading = (async () => {
      const extracted = await extraction;
      await previous;
      await loadChunk(driver, extracted, opts, report, fail);
    })();
    // Awaited by the next flush or at the end; until then a failure must not count as unhandled.
    loading.catch(() => {});
    await previous;
  };
  try {
    for (const file of files) {
      try {
        const doc = file === STDIN
          ? decodeBytes('<stdin>', await readAll(opts.stdin ?? process.stdin), opts.maxBytes ?? DEFAULT_MAX_BYTES)
          : await readDocument(file, opts.maxBytes ?? DEFAULT_MAX_BYTES);
        chunk.push({ source: doc.source, text: doc.text, ...(opts.date ? { date: opts.date } : {}) });
        chunkSize += doc.text.length;
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        fail(err.file, err.reason);
        continue;
      }
      if (chunkSize >= chunkChars) await flush();
    }
    await flush();
  } finally {
    await loading;
  }
  return report;
}


interface ExtractedChunk {
  docs: SourceDocument[];
  extraction: Extraction | null;
  /** Set when the extractor threw on the whole chunk. */
  error?: Error;
}

// Always in the worker pool, never on this thread: the segmenter's dictionaries cost ~250 MB per thread
// that loads them, and this thread must stay free to feed Neo4j while the next chunk is extracted.
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
  // Stdin has no lasting identity, so it never replaces what an earlier stdin ingest stored.
  const replaceSources = docs.map((d) => d.source).filter((s) => s !== '<stdin>');
  const result = await loadExtraction(driver, extraction, {
    replaceSources,
    extractor: extractorVersion(),
    ...(opts.articlesPerTx ? { articlesPerTx: opts.articlesPerTx } : {}),
  });
  report.articles += result.articles;
  report.nodesCreated += result.nodesCreated;
  report.nodesDeleted += result.nodesDeleted;
  report.relationshipsCreated += result.relationshipsCreated;
  report.relationshipsDeleted += result.relationshipsDeleted;
  report.retracted.push(...result.retracted);
  report.skipped.push(...result.skipped);
  const perSource = new Map<string, number>();
  for (const a of extraction.articles) perSource.set(a.source, (perSource.get(a.source) ?? 0) + 1);
  for (const doc of docs) opts.onFile?.({ file: doc.source, ok: true, articles: perSource.get(doc.source) ?? 0 });
}

/** Files named and files under folders (sorted, hidden ones skipped), named as sourceName() says. */
async function expandInputs(inputs: string[], fail: (file: string, reason: string) => void): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === STDIN) {
      out.push(STDIN);
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch (err) {
      fail(input, `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      continue;
    }
    if (isDir) out.push(...(await walk(input)));
    else out.push(sourceName(input));
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(path)));
    else out.push(sourceName(path));
  }
  return out;
}

/** Relative to the cwd when inside it, absolute otherwise: one stable name per file for replacement. */
function sourceName(path: string): string {
  const absolute = resolve(path);
  const rel = relative(process.cwd(), absolute);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(typeof part === 'string' ? Buffer.from(part) : part);
  return Buffer.concat(parts);
}
