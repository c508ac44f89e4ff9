// `kg ingest`'s inputs: files, folders (read recursively) and `-` (stdin), decoded with the CLI's checks,
// then the one ingest use case (ingest.ts).
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { decodeBytes, DEFAULT_MAX_BYTES, InputError, readDocument } from '../extract/decode.ts';
import { ingest, type IngestInput, type IngestOptions, type IngestReport } from './ingest.ts';

export const STDIN = '-';

export interface PathIngestOptions extends IngestOptions {
  /** Publication date for every document (YYYY-MM-DD), when known. */
  date?: string;
  maxBytes?: number;
  /** Where `-` reads from (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Called with the number of inputs found, before any is read. */
  onStart?: (files: number) => void;
}

export async function ingestPaths(driver: Driver, inputs: string[], opts: PathIngestOptions = {}): Promise<IngestReport> {
  const unreadable: IngestInput[] = [];
  const files = await expandInputs(inputs, (file, reason) => unreadable.push({ failed: { file, reason } }));
  opts.onStart?.(files.length + unreadable.length);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  async function* decoded(): AsyncGenerator<IngestInput> {
    yield* unreadable;
    for (const file of files) {
      try {
        const doc = file === STDIN
          ? decodeBytes('<stdin>', await readAll(opts.stdin ?? process.stdin), maxBytes)
          : await readDocument(file, maxBytes);
        yield { doc: { source: doc.source, text: doc.text, ...(opts.date ? { date: opts.date } : {}) } };
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        yield { failed: { file: err.file, reason: err.reason } };
      }
    }
  }
  return ingest(driver, decoded(), opts);
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
