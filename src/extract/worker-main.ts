// Worker thread: answers each request of parallel.ts (extract a document, merge results, or both).
import { parentPort } from 'node:worker_threads';
import type { SourceDocument, DocResult } from './document.ts';
import { extractDocument } from './pipeline.ts';
import type { WorkerReply, WorkerRequest } from './parallel.ts';
import { mergeResults } from './resolve.ts';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

function extractNamed(doc: SourceDocument): DocResult {
  try {
    return extractDocument(doc);
  } catch (err) {
    throw new Error(`${doc.source}: ${message(err)}`);
  }
}

parentPort?.on('message', (msg: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    if ('doc' in msg) reply = { result: extractDocument(msg.doc) };
    else reply = { result: mergeResults('merge' in msg ? msg.merge : msg.extractAndMerge.map(extractNamed)) };
  } catch (err) {
    reply = { error: message(err) };
  }
  parentPort!.postMessage(reply);
});
