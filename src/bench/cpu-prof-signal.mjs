// Preload (`--import`) that CPU-profiles a server only while told to: the first SIGUSR2 starts V8's sampling
// profiler, the next one writes `$KG_CPU_PROF_DIR/<pid>-<n>.cpuprofile` and stops it. So a profile holds the
// measured rounds only, not the start-up, the warm-up of statements or the JIT's first passes (node's own
// --cpu-prof records the whole life of the process). Used by src/bench/jit-cost.ts --profile DIR.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const dir = process.env.KG_CPU_PROF_DIR;
if (dir) {
  mkdirSync(dir, { recursive: true });
  const session = new Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
  let running = false;
  let written = 0;
  process.on('SIGUSR2', () => {
    const step = running
      ? post('Profiler.stop').then(({ profile }) => {
          writeFileSync(`${dir}/${process.pid}-${++written}.cpuprofile`, JSON.stringify(profile));
          process.stderr.write(`CPU_PROFILE_WRITTEN ${dir}/${process.pid}-${written}.cpuprofile\n`);
        })
      : post('Profiler.enable').then(() => post('Profiler.setSamplingInterval', { interval: 200 })).then(() => post('Profiler.start'));
    running = !running;
    step.catch((error) => process.stderr.write(`cpu-prof-signal: ${error.message}\n`));
  });
}
