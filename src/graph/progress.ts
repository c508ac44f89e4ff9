// Progress for the slow first steps of the embedded Neo4j (Maven's first download, the JVM start): a bar on
// a terminal, a few short plain lines otherwise (logs, CI, pipes), so neither gets a wall of output.
import type { SingleBar } from 'cli-progress';

export interface Progress {
  /** `value` out of the total given at the start (an estimate: clamped, and the end sets it full). */
  update(value: number): void;
  done(line: string): void;
}

export interface ProgressOptions {
  label: string;
  total: number;
  /** Where plain lines go when no bar is drawn. */
  log: (line: string) => void;
  /** Draw a bar: default when stderr is a terminal. */
  bar?: boolean;
}

export async function startProgress(opts: ProgressOptions): Promise<Progress> {
  const useBar = opts.bar ?? Boolean(process.stderr.isTTY);
  if (!useBar) return plainProgress(opts);
  const { default: cliProgress } = await import('cli-progress');
  const bar: SingleBar = new cliProgress.SingleBar(
    { format: `${opts.label} [{bar}] {percentage}%`, stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(opts.total, 0);
  return {
    update: (value) => bar.update(Math.min(value, opts.total - 1)),
    done: (line) => {
      bar.update(opts.total);
      bar.stop();
      process.stderr.write(`${line}\n`);
    },
  };
}

/** One line at the start, one at each quarter of the way, one at the end. */
function plainProgress(opts: ProgressOptions): Progress {
  opts.log(`${opts.label}…`);
  let quarter = 0;
  return {
    update: (value) => {
      const now = Math.min(3, Math.floor((value / opts.total) * 4));
      if (now > quarter) opts.log(`${opts.label}: ${now * 25}%`);
      quarter = Math.max(quarter, now);
    },
    done: (line) => opts.log(line),
  };
}
