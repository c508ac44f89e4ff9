// The process that started an attached embedded Neo4j keeps it running: when the JVM dies unasked (kill -9,
// out of memory) it is started again on the same folder, preferably on the same port, with a growing pause
// between attempts and one log line each time. A stop on purpose (`kg neo4j stop`, which leaves a marker in the
// folder) is respected; a process that follows the folder's state file picks up wherever it runs next.
import type { ChildProcess } from 'node:child_process';
import { stoppedOnPurpose, type EmbeddedState, type Launched } from './embedded.ts';
import { sleep, terminate } from './launcher-process.ts';

export interface SuperviseOptions {
  dataDir: string;
  first: Launched;
  log: (line: string) => void;
  /** Starts it again (or finds it already started by someone else). */
  relaunch: (port: number) => Promise<Launched | { reused: EmbeddedState }>;
}

export interface Supervisor {
  /** Ends supervision; returns the child running now (for the caller to stop), if any. */
  stop(): ChildProcess | null;
}

const FIRST_PAUSE_MS = 1_000;
const LONGEST_PAUSE_MS = 30_000;
// An instance that stayed up this long counts as healthy again: the next crash starts the pauses afresh.
const HEALTHY_AFTER_MS = 60_000;

export function supervise({ dataDir, first, log, relaunch }: SuperviseOptions): Supervisor {
  let current: ChildProcess | null = first.child;
  let port = first.state.port;
  let upSince = Date.now();
  let attempt = 0;
  let stopped = false;

  const notRestarting = (pid: number) =>
    log(`Neo4j (pid ${pid}) was stopped with \`kg neo4j stop\`: not restarting it; \`kg neo4j start\` brings it back and this process follows it`);

  const watch = (child: ChildProcess) =>
    child.once('exit', (code, signal) => {
      if (stopped || child !== current) return;
      current = null;
      void restart(child.pid ?? 0, String(signal ?? `exit code ${code}`));
    });

  async function restart(pid: number, how: string): Promise<void> {
    if (stoppedOnPurpose(dataDir)) return notRestarting(pid);
    if (Date.now() - upSince > HEALTHY_AFTER_MS) attempt = 0;
    for (;;) {
      const pause = Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** attempt++);
      log(`Neo4j (pid ${pid}) exited unexpectedly (${how}); restarting it in ${pause / 1000} s (attempt ${attempt})`);
      await sleep(pause);
      if (stopped) return;
      if (stoppedOnPurpose(dataDir)) return notRestarting(pid);
      try {
        const launched = await relaunch(port);
        if ('reused' in launched) {
          log(`Neo4j runs again at ${launched.reused.uri} (pid ${launched.reused.pid}, started elsewhere); following it`);
          return;
        }
        if (stopped) {
          await terminate(launched.child.pid!, 60_000);
          return;
        }
        [current, port, upSince] = [launched.child, launched.state.port, Date.now()];
        watch(launched.child);
        log(`Neo4j restarted at ${launched.state.uri} (pid ${launched.state.pid})`);
        return;
      } catch (err) {
        how = `restart failed: ${(err as Error).message.split('\n')[0]}`;
        port = 0; // the old port may have been taken meanwhile: any free one (followers re-read the state file)
      }
    }
  }

  watch(first.child);
  return {
    stop: () => {
      stopped = true;
      return current;
    },
  };
}
