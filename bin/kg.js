#!/bin/sh
//bin/true; [ "$1" = ingest ] && [ "$KG_INGEST_LIMITED" != 1 ] && export KG_INGEST_LIMITED=1 MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-1}" NODE_OPTIONS="--max-old-space-size=256 --max-semi-space-size=4 $NODE_OPTIONS"; exec node "$0" "$@"
// The `kg` command: a file both sh and node read. Run as a program (`kg`, `./bin/kg.js`), sh reads the two lines
// above (the second is a comment to node): for `kg ingest` it sets the limits below and execs node on this
// file, so the ingest is one process with no parent left waiting (a waiting node parent held ≈42 MiB of RSS,
// 35 of it pages shared with the child; src/bench/findings.md, item 28). Run as `node bin/kg.js`, node reads
// it and, for `kg ingest`, starts the limited child itself and waits for it.
// Sources are TypeScript run through tsx's loader, so a checkout works
// right after `npm ci` with no build step (worker threads register the same loader).
import { spawn } from 'node:child_process';

// `kg ingest` streams a corpus of any size through a bounded amount of memory, but on a large machine V8
// grows its heap and glibc adds malloc arenas freely, and neither takes a limit once the process runs:
// so it runs in a child started with limits (src/bench/findings.md, item 17).
// Keep in step with the sh line at the top.
const INGEST_NODE_OPTIONS = '--max-old-space-size=256 --max-semi-space-size=4';

if (process.argv[2] === 'ingest' && process.env.KG_INGEST_LIMITED !== '1') {
  const env = {
    ...process.env,
    // Options the user set come last, so theirs win.
    NODE_OPTIONS: `${INGEST_NODE_OPTIONS} ${process.env.NODE_OPTIONS ?? ''}`.trim(),
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '1',
    KG_INGEST_LIMITED: '1',
  };
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env,
  });
  // Ctrl-C reaches the child from the terminal too; a signal sent to this pid alone is passed on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (!signal) return void (process.exitCode = code ?? 1);
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
} else {
  if (process.env.KG_INGEST_LIMITED === '1' && process.channel) {
    // The parent above only waits: if it is killed, even with SIGKILL, this process goes with it.
    process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
    process.channel.unref();
  }
  // The server runs in production mode unless told otherwise: graphql-js's development build checks every
  // failed instanceof for a second copy of graphql, ≈15% of a small query's CPU (src/bench/findings.md, 18).
  if (process.argv[2] === 'serve' || process.argv[2] === 'start') process.env.NODE_ENV ??= 'production';
  // Imported here, not above: the waiting parent stays small.
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/kg.ts');
}
