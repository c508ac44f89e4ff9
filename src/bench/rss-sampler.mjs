// Preload (`--import`) that tells where a process's memory is: every 200 ms, in the main thread and in each
// worker, `process.memoryUsage()` (this isolate's heap) and, in the main thread, /proc/self/smaps_rollup; the
// samples at the process's peak RSS and each isolate's peak heap go to `$KG_RSS_SAMPLES.<pid>.<thread>.json`.
//   KG_RSS_SAMPLES=/tmp/ingest NODE_OPTIONS='--import ./src/bench/rss-sampler.mjs' node bin/kg.js ingest …
import { readFileSync, writeFileSync } from 'node:fs';
import { isMainThread, threadId } from 'node:worker_threads';

const out = process.env.KG_RSS_SAMPLES;
const MiB = 1024 * 1024;

function rollup() {
  try {
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(readFileSync('/proc/self/smaps_rollup', 'utf8'))?.[1] ?? 0) / 1024;
    return { pss: kb('Pss'), anon: kb('Anonymous'), privateDirty: kb('Private_Dirty'), sharedClean: kb('Shared_Clean'), privateClean: kb('Private_Clean') };
  } catch {
    return null;
  }
}

if (out) {
  const started = Date.now();
  const mib = (u) => Object.fromEntries(Object.entries(u).map(([k, v]) => [k, Math.round((v / MiB) * 10) / 10]));
  let atPeakRss = null;
  let atPeakHeap = null;
  let samples = 0;
  const file = `${out}.${process.pid}.${isMainThread ? 'main' : `worker${threadId}`}.json`;
  const sample = () => {
    const u = process.memoryUsage();
    samples++;
    const at = { s: (Date.now() - started) / 1000, ...mib(u) };
    if (isMainThread && (!atPeakRss || u.rss / MiB > atPeakRss.rss)) atPeakRss = { ...at, smaps: rollup() };
    if (!atPeakHeap || u.heapTotal / MiB > atPeakHeap.heapTotal) atPeakHeap = at;
  };
  const flush = () => writeFileSync(file, JSON.stringify({ samples, atPeakRss, atPeakHeap }, null, 1));
  const timer = setInterval(() => {
    sample();
    if (samples % 10 === 0) flush();
  }, 200);
  timer.unref();
  process.on('exit', () => {
    sample();
    flush();
  });
}
