// `kg start` keeps its API up: the command runs itself again as a child process and starts that child
// again when it crashes (a signal, or a failing exit after it was serving), with a doubling pause and a
// log line each time. The process that owns the crash is the parent: a child that ran out of heap cannot
// restart itself. A child that fails before it ever served (a port in use, a bad setting) is not
// restarted: that is a configuration error, and the parent exits with its code. SIGINT/SIGTERM go to
// the child, and the parent ends with it. KG_SUPERVISE=off runs the command in one process.
import { fork, type ChildProcess } from 'node:child_process';

const CHILD_ENV = 'KG_SUPERVISED_CHILD';
const READY = 'kg:serving';

/** Tells the supervising parent, if any, that the API is serving (restarts are for crashes after this). */
export function reportServing(): void {
  if (process.env[CHILD_ENV] === '1' && process.send) process.send(READY);
}

export interface SuperviseOptions {
  log?: (line: string) => void;
  /** First pause before a restart (ms); doubles per crash up to maxDelayMs, reset after a long run. */
  delayMs?: number;
  maxDelayMs?: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * In the parent: runs this command as a supervised child until it ends, then exits with its code, and
 * resolves true never. In the child (or with KG_SUPERVISE=off): resolves false at once, and the caller
 * does the work itself.
 */
export async function supervise(options: SuperviseOptions = {}): Promise<boolean> {
  const env = options.env ?? process.env;
  if (env[CHILD_ENV] === '1') {
    // The parent is gone (killed outright): stop as on SIGTERM rather than serve unsupervised.
    process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
    return false;
  }
  if (/^(off|0|false|no)$/i.test(env.KG_SUPERVISE ?? '')) return false;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const firstDelay = options.delayMs ?? 1_000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  let delay = firstDelay;
  let child: ChildProcess | null = null;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    if (child && child.exitCode === null) child.kill(signal);
    else process.exit(0);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  for (;;) {
    const started = Date.now();
    let serving = false;
    child = fork(process.argv[1] as string, process.argv.slice(2), {
      env: { ...env, [CHILD_ENV]: '1' },
      execArgv: process.execArgv,
      stdio: 'inherit',
    });
    child.on('message', (message) => {
      if (message === READY) serving = true;
    });
    const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child?.once('exit', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal })),
    );
    if (stopping || code === 0) process.exit(code ?? 0);
    if (!serving) {
      log(`kg: the API process failed before it served (${signal ?? `exit code ${code}`}); not restarting`);
      process.exit(code ?? 1);
    }
    if (Date.now() - started > 10 * maxDelay) delay = firstDelay; // a long healthy run: start the backoff over
    log(`kg: the API process crashed (${signal ?? `exit code ${code}`}) after ${Math.round((Date.now() - started) / 1000)} s; restarting in ${delay / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (stopping) process.exit(0);
    delay = Math.min(delay * 2, maxDelay);
  }
}
