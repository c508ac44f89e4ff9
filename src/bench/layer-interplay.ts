// Does our GraphQL layer cost the same over real I/O as alone? (issue 12, findings 49.) In one process, path asked
// 8 at a time: `store` (the store's pathBetween alone, the real statement), `graphql` (the same through yoga.fetch),
// `replay` (yoga.fetch over a store that answers the captured real answer after a setImmediate: the layer alone, the
// same data), `replay (plain)` (a JSON copy of it: the data's shape) and `graphql (plain)` (the real statement, its
// answer swapped for the plain copy). If graphql ≈ store + replay, the layer costs what it costs alone; the excess
// is what the two cost together (caches, GC, interleaving), not any part of ours.
//   NODE_ENV=production node --import tsx src/bench/layer-interplay.ts --dir /tmp/p/profile-1000 [--rounds 8] [--requests 500]
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { createApp, type App } from '../api/app.ts';
import { logDestination } from '../api/server.ts';
import type { Store } from '../api/store.ts';
import { withSharedBookmarks } from '../graph/bookmarks.ts';
import { startEmbedded } from '../graph/embedded.ts';
import { queryInputs } from './query-phase.ts';
import { questions } from './queries.ts';
import { cpuPerCall } from './rotated-rounds.ts';
import { median } from './stats.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, rounds: { type: 'string', default: '8' }, requests: { type: 'string', default: '500' } } });
if (!values.dir) throw new Error('--dir: the data folder of an embedded Neo4j with a graph (e.g. the one src/bench/profile.ts keeps)');
const neo = await startEmbedded({ dataDir: values.dir, detached: true });
const raw = neo4j.driver(neo.uri, neo.auth);
const inputs = await queryInputs(raw);
const body = questions(inputs).find((q) => q.name === 'path')!.bodies.ours!;
const app = () => createApp({ driver: withSharedBookmarks(raw, neo.uri).driver, logger: pino({ level: 'info' }, logDestination('/dev/null')) });
const shows = { nodeDetails: false, evidenceArticles: false }; // what the bench's path query shows
const real = app();
const ask = () => real.store.pathBetween(inputs.hubId, inputs.farId, 20, shows);
const captured = await ask();
const plain = JSON.stringify(captured);
const later = () => new Promise((resolve) => setImmediate(resolve));
const answering = (answer: () => Promise<unknown>): App => {
  const a = app();
  (a.store as unknown as Record<keyof Store, unknown>).pathBetween = answer;
  return a;
};
const viaGraphql = (a: App) => async () => {
  const res = await a.yoga.fetch('http://127.0.0.1/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  if (!res.ok || text.includes('"errors"')) throw new Error(text.slice(0, 400));
};
const variants: Record<string, () => Promise<unknown>> = {
  store: ask,
  graphql: viaGraphql(real),
  replay: viaGraphql(answering(async () => (await later(), captured))),
  'replay (plain)': viaGraphql(answering(async () => (await later(), JSON.parse(plain)))),
  'graphql (plain)': viaGraphql(answering(async () => (await ask(), JSON.parse(plain)))),
};
const requests = Number(values.requests);
const cpu = await cpuPerCall(variants, { rounds: Number(values.rounds), calls: requests });
const names = Object.keys(variants);
console.log(`path: Node CPU µs per request, median of ${values.rounds} rounds of ${requests} (8 at a time)`);
for (const name of names) console.log(`  ${name.padEnd(16)} ${median(cpu[name]!).toFixed(0).padStart(6)}`);
const [s, g, r] = [median(cpu.store!), median(cpu.graphql!), median(cpu.replay!)];
console.log(`  graphql − store − replay = ${(g - s - r).toFixed(0)} µs: what the layer and the real I/O cost together beyond each alone`);
await raw.close();
process.exit(0);
