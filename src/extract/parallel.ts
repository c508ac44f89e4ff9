// Worker threads for large inputs: each worker extracts whole documents; the main thread merges the
// results in input order, so ids and resolution are the same as in one thread.
// Workers are kept in a pool for the life of the process: each one loads the segmenter's dictionaries
// once (seconds and ~150 MB), not once per chunk of an ingest.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocInput, DocResult } from './document.ts';
import type { Extraction } from './format.ts';
import { mergeResults } from './resolve.ts';

const WORKER_URL = new URL('./worker.js', import.meta.url);
/** A worker holds one document at a time: a capped heap makes V8 collect instead of growing (RSS). */
const WORKER_HEAP_MB = 256;

/** A document the pipeline could not extract (same shape as in index.ts, kept here to avoid a cycle). */
export interface ExtractFailure {
  source: string;
  error: string;
}

type Outcome = DocResult | ExtractFailure;
interface Job {
  doc: DocInput;
  done: (outcome: Outcome) => void;
}

class ExtractorPool {
  private idle: Worker[] = [];
  /** Live workers, idle or busy. */
  private live = 0;
  private readonly queue: Job[] = [];

  constructor(private readonly size: number) {}

  run(doc: DocInput): Promise<Outcome> {
    return new Promise((done) => {
      this.queue.push({ doc, done });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.live < this.size)) {
      let worker = this.idle.pop();
      if (!worker) {
        worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
        this.live++;
      }
      this.dispatch(worker, this.queue.shift()!);
    }
  }

  private dispatch(worker: Worker, job: Job): void {
    worker.ref(); // a job in flight keeps the process alive; an idle worker does not
    const finish = (outcome: Outcome, healthy: boolean) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      if (healthy) {
        worker.unref();
        this.idle.push(worker);
      } else {
        this.live--;
        void worker.terminate();
      }
      job.done(outcome);
      this.pump();
    };
    const onMessage = (msg: { result?: DocResult; error?: string }) =>
      finish(msg.error !== undefined ? { source: job.doc.source, error: msg.error } : msg.result!, true);
    // A worker that dies takes only its document down; a fresh one takes the next.
    const onError = (err: Error) => finish({ source: job.doc.source, error: `extractor worker failed: ${err.message}` }, false);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage({ i: 0, doc: job.doc });
  }
}

const pools = new Map<number, ExtractorPool>();

/** Threads worth using beside the main thread on this machine. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism() - 1, 4));
}

/** Extracts each document in a pool of workers; returns results aligned with `docs`. */
export async function extractEachParallel(docs: DocInput[], threads = defaultThreads()): Promise<Outcome[]> {
  let pool = pools.get(threads);
  if (!pool) pools.set(threads, (pool = new ExtractorPool(threads)));
  return Promise.all(docs.map((doc) => pool.run(doc)));
}

export async function extractDocumentsParallel(docs: DocInput[], threads?: number): Promise<Extraction> {
  const results = await extractEachParallel(docs, threads);
  const failed = results.find((r): r is ExtractFailure => 'error' in r);
  if (failed) throw new Error(`${failed.source}: ${failed.error}`);
  return mergeResults(results as DocResult[]);
}
