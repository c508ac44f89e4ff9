// Our app's Node CPU per request over a REAL store, split by part (issue 12, "≤ 1.3× the bare driver"): in one
// process, apps built with all of app.ts's parts, with yoga's defaults and graphql-jit only ("minimal"), with our
// options and graphql-jit ("options+jit"), and with all parts but one (or, with --groups, but a group), each asked
// one question through `yoga.fetch` by 8 loops at once, rotated in rounds; `all (again)` shows the noise. The same
// split over a stub store is graphql-cpu.ts --parts: with a real store the layer costs several times more (each
// request then waits on Neo4j across event-loop turns), so its parts may weigh differently. `bare` (the driver
// server's statement and JSON, no GraphQL) and the framework's floor (servers/yoga-floor-app.ts, tuned and with
// yoga's defaults) answer the same question beside them.
//   NODE_ENV=production node --import tsx src/bench/real-parts.ts --dir /tmp/p/profile-1000 [--question path] [--rounds 12] [--groups]
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { APP_PARTS, createApp, type AppPart } from '../api/app.ts';
import { logDestination } from '../api/server.ts';
import { withSharedBookmarks } from '../graph/bookmarks.ts';
import { startEmbedded } from '../graph/embedded.ts';
import { queryInputs } from './query-phase.ts';
import { questions } from './queries.ts';
import { cpuPerCall } from './rotated-rounds.ts';
import { driverAnswers } from './servers/driver-questions.ts';
import { floorYoga } from './servers/yoga-floor-app.ts';
import { median } from './stats.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, question: { type: 'string', default: 'path' }, rounds: { type: 'string', default: '12' }, requests: { type: 'string', default: '300' }, groups: { type: 'boolean', default: false } },
});
if (!values.dir) throw new Error('--dir: the data folder of an embedded Neo4j with a graph (e.g. the one src/bench/profile.ts keeps)');
const neo = await startEmbedded({ dataDir: values.dir, detached: true });
const raw = neo4j.driver(neo.uri, neo.auth);
const driver = withSharedBookmarks(raw, neo.uri).driver; // as kg serve opens it
const q = questions(await queryInputs(raw)).find((x) => x.name === values.question);
if (!q?.bodies.ours) throw new Error(`--question ${values.question}: no such question`);
const body = q.bodies.ours;
const app = (parts: readonly AppPart[]) => createApp({ driver, parts, logger: pino({ level: 'info' }, logDestination('/dev/null')) });
const without = (...gone: AppPart[]) => app(APP_PARTS.filter((part) => !gone.includes(part)));
const apps: Record<string, ReturnType<typeof app>> = { all: app(APP_PARTS), 'all (again)': app(APP_PARTS), minimal: app(['jit']), 'options+jit': app(['options', 'jit']) };
if (values.groups) {
  apps['− routes'] = without('health', 'exports', 'explorer', 'playground');
  apps['− routes, checks'] = without('health', 'exports', 'explorer', 'playground', 'parseErrors', 'bodyLimit', 'armor');
  apps['− ids, logging, metrics'] = without('requestIds', 'logging', 'metrics');
} else for (const part of APP_PARTS) apps[`− ${part}`] = without(part);

type Fetch = { fetch: (url: string, init: RequestInit) => Response | Promise<Response> };
const ask = (a: Fetch, text = body) => async () => {
  const res = await a.fetch('http://127.0.0.1/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
  const answer = await res.text();
  if (!res.ok || answer.startsWith('{"errors"')) throw new Error(`${res.status}: ${answer.slice(0, 400)}`);
};
// The driver server's statements and JSON, as servers/driver.ts sends them (its own driver, plain integers).
const plain = neo4j.driver(neo.uri, neo.auth, { disableLosslessIntegers: true });
const driverAsks = driverAnswers(plain);
const { op, args } = JSON.parse(q.bodies.driver!) as { op: string; args: Record<string, unknown> };
const variants: Record<string, () => Promise<unknown>> = {
  ...Object.fromEntries(Object.entries(apps).map(([name, a]) => [name, ask(a.yoga)])),
  floor: ask(floorYoga(plain), q.bodies.floor),
  "floor, yoga's defaults": ask(floorYoga(plain, false), q.bodies.floor),
  bare: async () => JSON.stringify({ data: await driverAsks[op]!(args) }),
};
const requests = Number(values.requests);
const cpu = await cpuPerCall(variants, { rounds: Number(values.rounds), calls: requests });
const names = Object.keys(variants);
console.log(`${values.question}: Node CPU µs per request (median of ${values.rounds} rounds of ${requests}); per-round ratio to all`);
for (const name of names) console.log(`  ${name.padEnd(26)} ${median(cpu[name]!).toFixed(0).padStart(6)}   ${median(cpu[name]!.map((x, i) => x / cpu.all![i]!)).toFixed(2)}`);
await Promise.all([raw.close(), plain.close()]);
process.exit(0);
