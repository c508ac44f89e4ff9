// A stand-in for `kg start` under supervise(): its first run serves then is killed (a crash); its second
// run serves and ends cleanly. With FAIL_EARLY set, it fails before it ever serves. Counts runs in RUNS_FILE.
import { appendFileSync, readFileSync } from 'node:fs';
import { reportServing, supervise } from '../../src/api/supervise.ts';

const runsFile = process.env.RUNS_FILE as string;
if (!(await supervise({ delayMs: 50, log: (line) => appendFileSync(runsFile, `log ${line}\n`) }))) {
  appendFileSync(runsFile, 'run\n');
  if (process.env.FAIL_EARLY) process.exit(3);
  reportServing();
  const runs = readFileSync(runsFile, 'utf8').split('\n').filter((line) => line === 'run').length;
  setTimeout(() => (runs === 1 ? process.kill(process.pid, 'SIGKILL') : process.exit(0)), 100);
}
