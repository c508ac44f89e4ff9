// Worker thread: extracts one document per message and answers with its result.
import { parentPort } from 'node:worker_threads';
import { extractDocument, type DocInput } from './document.ts';

parentPort?.on('message', (msg: { i: number; doc: DocInput }) => {
  try {
    parentPort!.postMessage({ i: msg.i, result: extractDocument(msg.doc) });
  } catch (err) {
    parentPort!.postMessage({ i: msg.i, error: err instanceof Error ? err.message : String(err) });
  }
});
