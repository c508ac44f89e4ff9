// Side by side, one Neo4j: our API executing with graphql-js (KG_GRAPHQL_JIT=off, the executor before
// plugins/jit.ts) and with graphql-jit, and the bare driver (servers/driver.ts), on the bench's four questions;
// response cache off for both of ours. Rounds alternate the order; the verdict is the median of per-round ratios.
// Besides req/s, each server's CPU time per answered request (/proc, the process and its children), and Neo4j's
// while it ran (it shares the cores): on a machine shared with other loads, req/s measures who got the cores, the
// CPU per request what each one costs.
//   node --import tsx src/bench/jit-cost.ts --dir /tmp/gq/profile-1000 [--rounds 3] [--seconds 5] [--connections 8]
// (the folder of a running embedded Neo4j with a graph in it, e.g. the one src/bench/profile.ts keeps)
// --base DIR: instead of graphql-js against graphql-jit, `kg serve` of another checkout (e.g. /work/main) against
// this one's (both with their default executor), beside the driver server: a change measured side by side.
// --ours-env K=V (repeatable): set for this checkout's `kg serve` only (a setting measured against the base).
// --only QUESTION: that question alone. --profile DIR: each server also writes a V8 CPU profile of its measured
// rounds only (cpu-prof-signal.mjs, started and stopped by SIGUSR2 around them) to DIR/<contender>/, and the
// request count of those rounds to DIR/<contender>/requests, for `node --import tsx src/bench/cpu-parts.ts DIR`.
// --floor: also servers/yoga-floor.ts (the driver server's statements through graphql-yoga and graphql-jit, nothing
// of ours): what the framework alone costs over the bare driver.
// --parts LIST: also servers/ours-parts.ts, this checkout's app with only those of app.ts's parts (e.g.
// options,jit: none of our plugins): what the parts left out cost over HTTP.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { startEmbedded } from '../graph/embedded.ts';
import { repo } from './batches.ts';
import { autocannon, cpuMs, spawnReady, stopChild } from './procs.ts';
import { queryInputs } from './query-phase.ts';
import { questions } from './queries.ts';
import { median } from './stats.ts';


const { values } = parseArgs({
  options: { dir: { type: 'string' }, base: { type: 'string' }, rounds: { type: 'string', default: '3' }, seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '8' },
    only: { type: 'string' }, profile: { type: 'string' }, floor: { type: 'boolean', default: false }, parts: { type: 'string' }, 'ours-env': { type: 'string', multiple: true } },
});
if (!values.dir) throw new Error('--dir: the data folder of an embedded Neo4j with a graph (e.g. /tmp/gq/profile-1000)');
const neo = await startEmbedded({ dataDir: values.dir, detached: true });
[process.env.NEO4J_USER, process.env.NEO4J_PASSWORD] = [neo.credentials.user, neo.credentials.password];
const driver = neo4j.driver(neo.uri, neo.auth);
const inputs = await queryInputs(driver);
await driver.close();
const load = { connections: Number(values.connections), seconds: Number(values.seconds) };
const env = { NEO4J_URI: neo.uri, PORT: '0', NODE_ENV: 'production', KG_RESPONSE_CACHE: 'off' };
const kg = [join(repo, 'bin/kg.js'), 'serve'];
const oursEnv = Object.fromEntries((values['ours-env'] ?? []).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
interface Contender { args: string[]; env: Record<string, string>; ready: RegExp; path: string; body: 'ours' | 'driver' | 'floor' }
const served = /"port":(\d+)/;
const ours = (args: string[], extra: Record<string, string> = {}): Contender => ({ args, env: { ...env, ...extra }, ready: served, path: '/graphql', body: 'ours' });
const contenders: Record<string, Contender> = {
  ...(values.base
    ? { base: ours([join(values.base, 'bin/kg.js'), 'serve']), ours: ours(kg, oursEnv) }
    : { 'graphql-js': ours(kg, { KG_GRAPHQL_JIT: 'off' }), 'graphql-jit': ours(kg, { KG_GRAPHQL_JIT: 'on' }) }),
  driver: { args: ['--import', 'tsx', join(repo, 'src/bench/servers/driver.ts')], env, ready: /BENCH_SERVER_READY (\d+)/, path: '/', body: 'driver' },
  ...(values.floor
    ? { 'yoga floor': { args: ['--import', 'tsx', join(repo, 'src/bench/servers/yoga-floor.ts')], env, ready: /BENCH_SERVER_READY (\d+)/, path: '/graphql', body: 'floor' as const } }
    : {}),
  ...(values.parts
    ? { 'ours, parts': { args: ['--import', 'tsx', join(repo, 'src/bench/servers/ours-parts.ts')], env: { ...env, KG_APP_PARTS: values.parts }, ready: /BENCH_SERVER_READY (\d+)/, path: '/graphql', body: 'ours' as const } }
    : {}),
};
const bodyOf = (q: ReturnType<typeof questions>[number], kind: Contender['body']) => q.bodies[kind]!;
type Name = string;
const names = Object.keys(contenders) as Name[];
const urls = {} as Record<Name, string>;
const children: import('node:child_process').ChildProcess[] = [];
const pids = {} as Record<Name, number>;
try {
  const profiler = join(repo, 'src/bench/cpu-prof-signal.mjs');
  for (const name of names) {
    const c = contenders[name]!;
    const profiled: { args: string[]; env: Record<string, string> } = values.profile
      ? { args: ['--import', profiler], env: { KG_CPU_PROF_DIR: join(values.profile, name) } }
      : { args: [], env: {} };
    const { child, match } = await spawnReady([...profiled.args, ...c.args], { ...c.env, ...profiled.env }, c.ready);
    children.push(child);
    pids[name] = child.pid!;
    urls[name] = `http://127.0.0.1:${match[1]}${c.path}`;
  }
  const qs = questions(inputs).filter((q) => q.bodies.ours && q.bodies.driver && (!values.only || q.name === values.only));
  if (qs.length === 0) throw new Error(`--only ${values.only}: no such question`);
  const profiledRequests = {} as Record<Name, number>;
  const rps: Record<string, Record<Name, number[]>> = {};
  const cpu: Record<string, Record<Name, number[]>> = {};
  const jvm: Record<string, Record<Name, number[]>> = {}; // Neo4j's CPU per request while each one ran
  for (let round = -1; round < Number(values.rounds); round++) {
    for (const q of qs) {
      const order = names.map((_, i) => names[(i + Math.max(round, 0)) % names.length] as Name);
      for (const name of order) {
        const profiling = values.profile && round >= 0;
        if (profiling) process.kill(pids[name]!, 'SIGUSR2'); // start
        const before = cpuMs(pids[name]!);
        const jvmBefore = cpuMs(neo.pid);
        const r = await autocannon(urls[name]!, bodyOf(q, contenders[name]!.body), load);
        const jvmUs = ((cpuMs(neo.pid) - jvmBefore) * 1000) / Math.max(r.requests, 1);
        if (profiling) {
          process.kill(pids[name]!, 'SIGUSR2'); // stop and write
          profiledRequests[name] = (profiledRequests[name] ?? 0) + r.requests;
        }
        const usPerRequest = ((cpuMs(pids[name]!) - before) * 1000) / Math.max(r.requests, 1);
        if (r.errors || r.non2xx) throw new Error(`${name} ${q.name}: ${r.errors} errors, ${r.non2xx} non-2xx`);
        if (round < 0) continue; // warm-up round: plans, JIT, pools
        ((rps[q.name] ??= {} as Record<Name, number[]>)[name] ??= []).push(r.rps);
        ((cpu[q.name] ??= {} as Record<Name, number[]>)[name] ??= []).push(usPerRequest);
        ((jvm[q.name] ??= {} as Record<Name, number[]>)[name] ??= []).push(jvmUs);
        console.error(`round ${round + 1} ${q.name} ${name}: ${r.rps.toFixed(1)} req/s, p50 ${r.p50} ms, ${usPerRequest.toFixed(0)} µs CPU per request, Neo4j ${jvmUs.toFixed(0)} µs`);
      }
    }
  }
  if (values.profile) {
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // the last profiles written
    for (const name of names) {
      mkdirSync(join(values.profile, name), { recursive: true });
      writeFileSync(join(values.profile, name, 'requests'), String(profiledRequests[name] ?? 0));
    }
  }
  const [first, second] = names as [Name, Name];
  console.log(`| question | CPU µs per request: ${names.join(' | ')} |`);
  console.log(`|---|${names.map(() => '---').join('|')}|`);
  for (const [q, c] of Object.entries(cpu)) console.log(`| ${q} | ${names.map((n) => median(c[n]!).toFixed(0)).join(' | ')} |`);
  console.log('');
  console.log(`| question | Neo4j CPU µs per request: ${names.join(' | ')} |`);
  console.log(`|---|${names.map(() => '---').join('|')}|`);
  for (const [q, c] of Object.entries(jvm)) console.log(`| ${q} | ${names.map((n) => median(c[n]!).toFixed(0)).join(' | ')} |`);
  console.log('');
  const ratio = (m: Record<Name, number[]>, a: Name, b: Name) => median(m[a]!.map((x, i) => x / m[b]![i]!)).toFixed(2);
  console.log(`| question | ${names.map((n) => `${n} req/s`).join(' | ')} | driver ÷ ${first} | driver ÷ ${second} | ${second} ÷ ${first} (req/s) | ${first} ÷ ${second} (CPU) |`);
  console.log(`|---|${names.map(() => '---').join('|')}|---|---|---|---|`);
  for (const [q, r] of Object.entries(rps)) {
    const med = (n: Name) => median(r[n]!).toFixed(0);
    console.log(`| ${q} | ${names.map(med).join(' | ')} | ${ratio(r, 'driver', first)}× | ${ratio(r, 'driver', second)}× | ${ratio(r, second, first)}× | ${ratio(cpu[q]!, first, second)}× |`);
  }
  if (values.floor) {
    console.log('\n| question | driver ÷ yoga floor (req/s) | yoga floor ÷ driver (CPU) |\n|---|---|---|');
    for (const [q, r] of Object.entries(rps)) console.log(`| ${q} | ${ratio(r, 'driver', 'yoga floor')}× | ${ratio(cpu[q]!, 'yoga floor', 'driver')}× |`);
  }
  if (values.parts) {
    const all = values.base ? 'ours' : 'graphql-jit';
    console.log(`\n| question | ours, parts ÷ ${all} (req/s) | ${all} ÷ ours, parts (CPU) | driver ÷ ours, parts (req/s) |\n|---|---|---|---|`);
    for (const [q, r] of Object.entries(rps)) console.log(`| ${q} | ${ratio(r, 'ours, parts', all)}× | ${ratio(cpu[q]!, all, 'ours, parts')}× | ${ratio(r, 'driver', 'ours, parts')}× |`);
  }
} finally {
  for (const child of children) await stopChild(child);
}
