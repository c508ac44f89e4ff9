// The embedded Neo4j's JVM settings, A against B, side by side: two instances on copies of one store (the
// profile instance's, src/bench/profile.ts), each started with its own KG_NEO4J_JAVA_OPTS (and heap), asked the
// hub's coAttendees statement (or `--statement path`) by `--connections` concurrent loops through the bare driver for `--seconds`, in
// alternating rounds (A first in even rounds, B first in odd ones). Per round: requests/s, p50 and p99 of each;
// the median of the per-round ratios; and from each JVM's own log, its GC and safepoint pauses during the
// measured rounds (counts and total ms: robust where p99 on a loaded machine is noise).
//   node --import tsx src/bench/jvm-ab.ts --dir /tmp/jv --size 1000 --a= --b=-XX:+UseParallelGC
// (`--a=` is the defaults; a value that starts with a dash needs the `=`.)
// The profile instance must be stopped first (`kg neo4j stop --data-dir DIR/profile-SIZE`): its store is copied.
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { read, readOnce } from '../graph/cypher.ts';
import { startEmbedded, type EmbeddedNeo4j } from '../graph/embedded.ts';
import { benchArgs, count } from './args.ts';
import { median } from './stats.ts';

const values = benchArgs({
  dir: { type: 'string', default: '.bench' },
  size: { type: 'string', default: '1000' },
  a: { type: 'string', default: '' },
  b: { type: 'string', default: '' },
  'heap-a': { type: 'string' },
  'heap-b': { type: 'string' },
  rounds: { type: 'string', default: '6' },
  seconds: { type: 'string', default: '5' },
  connections: { type: 'string', default: '8' },
  statement: { type: 'string', default: 'coAttendees' },
});
const dir = values.dir;
const rounds = count('rounds', values.rounds);
const seconds = count('seconds', values.seconds);
const connections = count('connections', values.connections);
const int = (n: number) => neo4j.int(n);

interface Variant {
  name: 'A' | 'B';
  flags: string;
  neo: EmbeddedNeo4j;
  driver: Driver;
  gcLog: string;
  firstMs: number;
}

async function start(name: 'A' | 'B', flags: string, heap: string | undefined): Promise<Omit<Variant, 'firstMs'>> {
  const dataDir = join(dir, `ab-${values.size}-${name}`);
  rmSync(dataDir, { recursive: true, force: true });
  const source = join(dir, `profile-${values.size}`);
  cpSync(source, dataDir, { recursive: true, filter: (f) => !/neo4j-state\.json|neo4j-starting\.lock|launcher\.log$/.test(f) });
  const gcLog = join(dataDir, 'gc.log');
  // Pauses of every kind (GC or not) stop every thread at a safepoint: the safepoint log counts them all alike.
  process.env.KG_NEO4J_JAVA_OPTS = `${flags} -Xlog:gc,safepoint:file=${gcLog}:uptime`;
  const neo = await startEmbedded({ dataDir, supervise: false, ...(heap ? { heap } : {}), log: (l) => console.error(`${name}: ${l}`) });
  delete process.env.KG_NEO4J_JAVA_OPTS;
  const driver = neo4j.driver(neo.uri, neo.auth, { maxConnectionPoolSize: connections * 2 });
  return { name, flags, neo, driver, gcLog };
}

type Ask = (driver: Driver) => Promise<unknown>;

async function question(driver: Driver): Promise<Ask> {
  const hub = (await read(driver, 'bench-hub-person')).records[0]!;
  const hubId = String(hub.get('id'));
  if (values.statement === 'path') {
    const far = (await read(driver, 'bench-far-person', { hubId })).records[0];
    const to = far ? String(far.get('id')) : hubId;
    return (d) => readOnce(d, 'api-path', { from: hubId, to, evidence: int(20) });
  }
  const params = { ref: hubId, ids: [], first: int(20), maxEvents: int(20), pageEvents: int(20), from: null, to: null };
  return (d) => readOnce(d, 'api-co-attendees', params);
}

interface Round {
  rps: number;
  p50: number;
  p99: number;
}

async function load(driver: Driver, ask: Ask): Promise<Round> {
  const ms: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        await ask(driver);
        ms.push(performance.now() - t);
      }
    }),
  );
  ms.sort((x, y) => x - y);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!;
  return { rps: ms.length / seconds, p50: at(0.5), p99: at(0.99) };
}

/** Pauses in a -Xlog:gc,safepoint log after `fromSec` of uptime: GC pauses and all safepoints, count and ms. */
function pauses(log: string, fromSec: number) {
  const out = { gc: 0, gcMs: 0, safepoints: 0, safepointMs: 0, maxMs: 0 };
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const up = /^\[(\d+\.\d+)s\]/.exec(line);
    if (!up || Number(up[1]) < fromSec) continue;
    const gc = /GC\(\d+\) Pause.* (\d+\.\d+)ms$/.exec(line);
    if (gc) {
      out.gc++;
      out.gcMs += Number(gc[1]);
    }
    const sp = /Safepoint .*Total: (\d+) ns/.exec(line);
    if (sp) {
      const ms = Number(sp[1]) / 1e6;
      out.safepoints++;
      out.safepointMs += ms;
      out.maxMs = Math.max(out.maxMs, ms);
    }
  }
  return out;
}

function uptimeSec(log: string): number {
  const stamps = readFileSync(log, 'utf8').match(/^\[(\d+\.\d+)s\]/gm) ?? [];
  return stamps.length ? Number(stamps[stamps.length - 1]!.slice(1, -2)) : 0;
}

if (!existsSync(join(dir, `profile-${values.size}`))) throw new Error(`no ${dir}/profile-${values.size}: run src/bench/profile.ts first`);
const variants: Variant[] = [];
for (const [name, flags, heap] of [['A', values.a, values['heap-a']], ['B', values.b, values['heap-b']]] as const) {
  const v = await start(name, flags as string, heap);
  const ask = await question(v.driver);
  // The first call pays the statement's planning: what a warm-up at start would take off the first question.
  const t = performance.now();
  await ask(v.driver);
  variants.push({ ...v, firstMs: performance.now() - t });
}
try {
  const asks = await Promise.all(variants.map((v) => question(v.driver)));
  for (const [i, v] of variants.entries()) await load(v.driver, asks[i]!); // warm-up round, not counted
  const from = variants.map((v) => uptimeSec(v.gcLog));
  const results: Round[][] = [[], []];
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const i of order) results[i]!.push(await load(variants[i]!.driver, asks[i]!));
    const [a, b] = [results[0]![r]!, results[1]![r]!];
    console.log(`round ${r + 1}: A ${a.rps.toFixed(0)} req/s p50 ${a.p50.toFixed(1)} p99 ${a.p99.toFixed(1)} | B ${b.rps.toFixed(0)} req/s p50 ${b.p50.toFixed(1)} p99 ${b.p99.toFixed(1)}`);
  }
  const ratio = (k: keyof Round) => median(results[1]!.map((b, r) => b[k] / results[0]![r]![k]));
  for (const [i, v] of variants.entries()) {
    const p = pauses(v.gcLog, from[i]!);
    const med = (k: keyof Round) => median(results[i]!.map((x) => x[k])).toFixed(1);
    console.log(
      `${v.name} [${v.flags || 'defaults'}]: first call ${v.firstMs.toFixed(0)} ms; median req/s ${med('rps')} p50 ${med('p50')} p99 ${med('p99')}; ` +
        `GC pauses ${p.gc} (${p.gcMs.toFixed(0)} ms), safepoints ${p.safepoints} (${p.safepointMs.toFixed(0)} ms, longest ${p.maxMs.toFixed(1)} ms)`,
    );
  }
  console.log(`B ÷ A, median of per-round ratios: req/s ${ratio('rps').toFixed(2)}, p50 ${ratio('p50').toFixed(2)}, p99 ${ratio('p99').toFixed(2)}`);
} finally {
  for (const v of variants) {
    await v.driver.close();
    await v.neo.stop();
  }
}
