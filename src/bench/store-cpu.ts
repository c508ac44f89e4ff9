// Node CPU per request of our app over a REAL store (issue 12, "≤ 1.3× the bare driver"), in one process: the
// same embedded Neo4j and graph for every variant, each asked through `yoga.fetch` (node:http and sockets to the
// client left out) by 8 loops at once, variants rotated in rounds; the CPU is this process's (process.cpuUsage),
// which the machine's load moves far less than req/s, so per-round ratios between variants hold on a busy machine.
// Variants: `ours` (createApp over the driver as `kg serve` opens it on this bolt:// instance:
// src/graph/bookmarks.ts shares no bookmarks on a direct driver), `ours+als` (the same with an AsyncLocalStorage
// entered, as store-connection.ts's warm-up scope did: every promise then runs Node's promise hooks),
// `ours+bookmarks` (with the shared bookmark manager a routing neo4j:// driver carries) and `bare` (the bare driver
// server's statements, servers/driver-questions.ts, records to JSON, no GraphQL).
// --base DIR adds `base` and `bare (base)`: the same two over another checkout's code (e.g. /work/main), before → after.
// --variants a,b: only those (the first is the one ratios are taken to).
//   node --import tsx src/bench/store-cpu.ts --dir /tmp/nodecost/profile-1000 [--rounds 5] [--requests 400] [--only path]
import { AsyncLocalStorage } from 'node:async_hooks';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { createApp, type App } from '../api/app.ts';
import { logDestination } from '../api/server.ts';
import { withSharedBookmarks } from '../graph/bookmarks.ts';
import { readOnce } from '../graph/cypher.ts';
import { startEmbedded } from '../graph/embedded.ts';
import { queryInputs } from './query-phase.ts';
import { questions } from './queries.ts';
import { driverAnswers, driverQuestions, type Args } from './servers/driver-questions.ts';
import { median } from './stats.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, rounds: { type: 'string', default: '5' }, requests: { type: 'string', default: '400' }, only: { type: 'string' }, base: { type: 'string' }, variants: { type: 'string' } },
});
if (!values.dir) throw new Error('--dir: the data folder of an embedded Neo4j with a graph (e.g. /tmp/nodecost/profile-1000)');
const neo = await startEmbedded({ dataDir: values.dir, detached: true });
const raw = neo4j.driver(neo.uri, neo.auth);
const inputs = await queryInputs(raw);
const logger = () => pino({ level: 'info' }, logDestination('/dev/null')); // one line per request, as kg serve writes
const apps: Record<string, App> = {
  ours: createApp({ driver: withSharedBookmarks(raw, neo.uri).driver, logger: logger() }),
  'ours+bookmarks': createApp({ driver: withSharedBookmarks(raw, neo.uri.replace(/^bolt:/, 'neo4j:')).driver, logger: logger() }),
};
const bareDriver: Driver = neo4j.driver(neo.uri, neo.auth, { disableLosslessIntegers: true });
const bare = driverAnswers(bareDriver);
/** The other checkout's modules (its own copies: its readOnce, its app). */
const base = values.base
  ? {
      app: ((await import(join(values.base, 'src/api/app.ts'))) as { createApp: typeof createApp }).createApp({
        driver: ((await import(join(values.base, 'src/graph/bookmarks.ts'))) as { withSharedBookmarks: typeof withSharedBookmarks }).withSharedBookmarks(raw, neo.uri).driver,
        logger: logger(),
      }),
      readOnce: ((await import(join(values.base, 'src/graph/cypher.ts'))) as { readOnce: typeof readOnce }).readOnce,
    }
  : null;
const bareBase = base && driverQuestions(async (name, params) => (await base.readOnce(bareDriver, name, params)).records.map((r) => r.toObject()));
const als = new AsyncLocalStorage<number>();

type Ask = (body: string) => Promise<string>;
const viaApp = (app: App): Ask => async (body) => {
  const res = await app.yoga.fetch('http://127.0.0.1/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return res.text();
};
const viaBare = (questions: typeof bare): Ask => async (body) => {
  const { op, args } = JSON.parse(body) as { op: string; args: Args };
  return JSON.stringify({ data: await questions[op]!(args) });
};
/** How each variant is asked, and the body it is sent (ours: GraphQL; bare: the driver server's op). */
type Variant = { ask: Ask; body: 'ours' | 'driver'; als?: boolean };
const allVariants: Record<string, Variant> = {
  ours: { ask: viaApp(apps.ours!), body: 'ours' },
  'ours (again)': { ask: viaApp(apps.ours!), body: 'ours' }, // the noise: the same variant twice in each round
  'ours+als': { ask: viaApp(apps.ours!), body: 'ours', als: true },
  'ours+bookmarks': { ask: viaApp(apps['ours+bookmarks']!), body: 'ours' },
  bare: { ask: viaBare(bare), body: 'driver' },
  ...(base && bareBase ? { base: { ask: viaApp(base.app), body: 'ours' }, 'bare (base)': { ask: viaBare(bareBase), body: 'driver' } } : {}),
} satisfies Record<string, Variant>;
const chosen = values.variants ? values.variants.split(',') : Object.keys(allVariants);
for (const name of chosen) if (!allVariants[name]) throw new Error(`--variants: no variant ${name} (${Object.keys(allVariants).join(', ')})`);
const variants: Record<string, Variant> = Object.fromEntries(chosen.map((name) => [name, allVariants[name]!]));
const first = chosen[0]!;

/** `count` requests by 8 loops at once; this process's CPU µs per request. */
async function batch(ask: Ask, body: string, count: number, withAls: boolean): Promise<number> {
  const cpu = process.cpuUsage();
  let left = count;
  const loop = async () => {
    while (left-- > 0) {
      const text = await ask(body);
      if (text.includes('"errors"') || text.includes('"error"')) throw new Error(text.slice(0, 300));
    }
  };
  const run = () => Promise.all(Array.from({ length: 8 }, loop));
  if (withAls) {
    await als.run(1, run);
    als.disable(); // promise hooks off again for the other variants
  } else await run();
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / count;
}

const count = Number(values.requests);
try {
  for (const q of questions(inputs).filter((x) => x.bodies.ours && x.bodies.driver && (!values.only || x.name === values.only))) {
    const names = Object.keys(variants);
    for (const name of names) await batch(variants[name]!.ask, q.bodies[variants[name]!.body]!, 100, false); // warm-up
    const us: Record<string, number[]> = {};
    for (let round = 0; round < Number(values.rounds); round++) {
      for (let i = 0; i < names.length; i++) {
        const name = names[(i + round) % names.length]!;
        const v = variants[name]!;
        (us[name] ??= []).push(await batch(v.ask, q.bodies[v.body]!, count, v.als ?? false));
      }
    }
    const ratio = (a: string) => median(us[a]!.map((x, i) => x / us[first]![i]!)).toFixed(2);
    console.log(`${q.name}: Node CPU µs per request (median of ${values.rounds} rounds of ${count}); per-round ratio to ${first}`);
    for (const name of names) console.log(`  ${name.padEnd(16)} ${median(us[name]!).toFixed(0).padStart(6)}   ${ratio(name)}`);
  }
} finally {
  for (const app of Object.values(apps)) app.close();
  base?.app.close();
  await raw.close();
  await bareDriver.close();
}
