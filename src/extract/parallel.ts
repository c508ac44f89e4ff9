// Worker threads for large inputs: each worker extracts whole documents; the main thread merges the
// results in input order, so ids and resolution are the same as in one thread.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocInput, DocResult } from './document.ts';
import type { Extraction } from './format.ts';
import { mergeResults } from './resolve.ts';

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Extracts each document in a pool of workers; returns results aligned with `docs`. */
export async function extractEachParallel(docs: DocInput[], threads = Math.max(1, Math.min(availableParallelism(), 4))): Promise<(DocResult | ExtractFailure)[]> {
  const results: (DocResult | ExtractFailure)[] = new Array(docs.length);
  if (docs.length === 0) return results;
  const n = Math.min(threads, docs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(WORKER_URL);
        const feed = () => {
          if (next >= docs.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const i = next++;
          worker.postMessage({ i, doc: docs[i] });
        };
        worker.on('message', (msg: { i: number; result?: DocResult; error?: string }) => {
          // One bad document fails alone; the others go on.
          results[msg.i] = msg.error !== undefined ? { source: docs[msg.i]!.source, error: msg.error } : msg.result!;
          feed();
        });
        worker.on('error', reject);
        feed();
      }),
    ),
  );
  return results;
}

export async function extractDocumentsParallel(docs: DocInput[], threads?: number): Promise<Extraction> {
  const results = await extractEachParallel(docs, threads);
  const failed = results.find((r): r is ExtractFailure => 'error' in r);
  if (failed) throw new Error(`${failed.source}: ${failed.error}`);
  return mergeResults(results as DocResult[]);
}

/** A document the pipeline could not extract (same shape as in index.ts, kept here to avoid a cycle). */
export interface ExtractFailure {
  source: string;
  error: string;
}
