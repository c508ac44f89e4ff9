// Worker threads for large inputs: each worker extracts whole documents; one worker then merges the
// results in input order, so ids and resolution are the same as in one thread. The merge runs in a worker
// too because resolution reads the place lexicon (~40 MB of heap once built), which the calling thread
// never loads; with one worker it extracts and merges the whole input, so results cross threads once.
// Workers are kept in a pool for the life of the process: each one loads the segmenter's dictionaries
// once (seconds and ~150 MB), not once per chunk of an ingest.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceDocument, DocResult } from './document.ts';
import type { Extraction } from './format.ts';

const WORKER_URL = new URL('./worker.js', import.meta.url);
/** A worker holds one document or one chunk at a time: a capped heap makes V8 collect instead of growing (RSS). */
const WORKER_HEAP_MB = 256;
/** V8's default young generation is 48 MB, most of it resident; 12 MB costs ≈5% more extraction CPU. */
const WORKER_YOUNG_MB = 12;

/** A document the pipeline could not extract (same shape as in index.ts, kept here to avoid a cycle). */
export interface ExtractFailure {
  source: string;
  error: string;
}

type Outcome = DocResult | ExtractFailure;
/** What a worker is asked (see worker-main.ts), and what it answers. */
export type WorkerRequest = { doc: SourceDocument } | { merge: DocResult[] } | { extractAndMerge: SourceDocument[] };
export type WorkerReply = { result: unknown } | { error: string };
interface Job {
  request: WorkerRequest;
  done: (reply: WorkerReply) => void;
}

class ExtractorPool {
  private idle: Worker[] = [];
  /** Live workers, idle or busy. */
  private live = 0;
  private readonly queue: Job[] = [];

  constructor(private readonly size: number) {}

  run(request: WorkerRequest): Promise<WorkerReply> {
    return new Promise((done) => {
      this.queue.push({ request, done });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.live < this.size)) {
      let worker = this.idle.pop();
      if (!worker) {
        worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
        this.live++;
      }
      this.dispatch(worker, this.queue.shift()!);
    }
  }

  private dispatch(worker: Worker, job: Job): void {
    worker.ref(); // a job in flight keeps the process alive; an idle worker does not
    const finish = (reply: WorkerReply, healthy: boolean) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      if (healthy) {
        worker.unref();
        this.idle.push(worker);
      } else {
        this.live--;
        void worker.terminate();
      }
      job.done(reply);
      this.pump();
    };
    const onMessage = (reply: WorkerReply) => finish(reply, true);
    // A worker that dies takes only its job down; a fresh one takes the next.
    const onError = (err: Error) => finish({ error: `extractor worker failed: ${err.message}` }, false);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(job.request);
  }
}

const pools = new Map<number, ExtractorPool>();

/** Threads worth using beside the main thread on this machine. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism() - 1, 4));
}

function poolOf(threads: number): ExtractorPool {
  let pool = pools.get(threads);
  if (!pool) pools.set(threads, (pool = new ExtractorPool(threads)));
  return pool;
}

/** Extracts each document in a pool of workers; returns results aligned with `docs`. */
export async function extractEachParallel(docs: SourceDocument[], threads = defaultThreads()): Promise<Outcome[]> {
  const pool = poolOf(threads);
  return Promise.all(
    docs.map(async (doc) => {
      const reply = await pool.run({ doc });
      return 'error' in reply ? { source: doc.source, error: reply.error } : (reply.result as DocResult);
    }),
  );
}

export async function extractDocumentsParallel(docs: SourceDocument[], threads = defaultThreads()): Promise<Extraction> {
  let request: WorkerRequest = { extractAndMerge: docs };
  if (threads > 1) {
    const results = await extractEachParallel(docs, threads);
    const failed = results.find((r): r is ExtractFailure => 'error' in r);
    if (failed) throw new Error(`${failed.source}: ${failed.error}`);
    request = { merge: results as DocResult[] };
  }
  const reply = await poolOf(threads).run(request);
  if ('error' in reply) throw new Error(reply.error);
  return reply.result as Extraction;
}
