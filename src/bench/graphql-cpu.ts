// Per-request CPU of our GraphQL layer with Neo4j taken out (issue 12: the server's own cost): the store answers
// from memory with rows of the shape the real statements return (the hub's 20 co-attendees × 20 events; a
// 4-hop path with 20 sentences a hop); logging as `kg serve` does, to /dev/null.
//   NODE_ENV=production node --import tsx src/bench/graphql-cpu.ts   (N=2000 asks through yoga.fetch; --cpu-prof for a profile)
// With --http SECONDS: the app behind node:http (as `kg serve` runs it) under autocannon (its own process,
// 8 connections), beside a bare node:http server that answers the same text with one res.end (--no-bare: not),
// in --rounds alternating rounds: the CPU per request of each, so the difference is our whole layer (yoga's node
// adapter included). --base DIR adds the app of another checkout (e.g. /work/main) to the same rounds (its log
// lines written as its `kg serve` writes them, one asynchronous write each): ratios base ÷ ours side by side.
// With --parts: the split of our layer's cost, in process (yoga.fetch, so node:http's adapter is left out; CPU of
// one thread, robust to the machine's load), variants rotated in --rounds rounds of N/10 requests each: a minimal
// yoga (same schema, context and stub store, yoga's defaults, none of our plugins), that yoga with each of our
// parts alone (app.ts APP_PARTS), ours whole, and ours without each part; "ours − X" is what X costs in ours.
// With --base (without --parts): ours and the base app side by side the same way, before the --http rounds.
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { pino, type Logger } from 'pino';
import { APP_PARTS, createApp, type App, type AppOptions, type AppPart } from '../api/app.ts';
import { logDestination } from '../api/server.ts';
import { autocannon } from './procs.ts';
import { median } from './stats.ts';

const { values } = parseArgs({
  options: {
    http: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    base: { type: 'string' },
    'no-bare': { type: 'boolean', default: false },
    parts: { type: 'boolean', default: false },
    only: { type: 'string' }, // one question (coAttendees or path)
    'cpu-prof': { type: 'boolean', default: false }, // node's own flag, when given after the script
  },
});
const driver = neo4j.driver('bolt://127.0.0.1:1'); // never contacted
const person = (i: number) => ({ __typename: 'Person', id: `p:${i}`, name: `人${i}`, aliases: [], labels: ['Person'] });
const event = (i: number) => ({ __typename: 'Event', id: `e:${i}`, name: `会议${i}`, aliases: [], date: '2026-01-01', kind: 'meeting' });
const events = Array.from({ length: 20 }, (_, i) => event(i));
const rows = Array.from({ length: 20 }, (_, i) => ({ person: person(i), count: 30 - i, eventIds: events.map((e) => e.id), events }));
const nodes = [person(99), event(1), person(2), event(3), person(4)];

/** An app whose store answers the two questions from memory. */
function stubApp(create: (options: AppOptions) => App, logger: Logger, parts?: AppPart[]): App {
  const app = create({ driver, logger, ...(parts ? { parts } : {}) });
  const store = app.store as unknown as Record<string, unknown>;
  store.coAttendeesOf = async () => ({ matches: [{ entity: person(99), matched: 'id' }], id: 'p:99', rows });
  store.pathBetween = async () => ({ fromMatches: [{ entity: nodes[0], matched: 'id' }], toMatches: [{ entity: nodes[4], matched: 'id' }], fromId: 'p:99', toId: 'p:4',
    path: { nodes, hops: [0, 1, 2, 3].map((i) => ({ type: 'ATTENDED', from: nodes[i]!.id, title: null, articleIds: Array(20).fill('a:1'), evidence: Array(20).fill('某某出席了会议并讲话。'), evidenceCount: 279 })) } });
  return app;
}
const level = process.env.LOG_LEVEL ?? 'info';
const app = stubApp(createApp, pino({ level }, logDestination('/dev/null')));
const base = values.base
  ? stubApp(((await import(join(values.base, 'src/api/app.ts'))) as { createApp: (o: AppOptions) => App }).createApp, pino({ level }, pino.destination({ dest: '/dev/null', sync: false })))
  : null;
/** --parts: a minimal yoga, one with each of our parts alone and ours without each (logs to /dev/null as ours). */
const variants: [string, AppPart[]][] = values.parts
  ? [['minimal', []], ...APP_PARTS.map((p): [string, AppPart[]] => [`+${p}`, [p]]), ['ours', [...APP_PARTS]],
      ...APP_PARTS.map((p): [string, AppPart[]] => [`ours−${p}`, APP_PARTS.filter((q) => q !== p)])]
  : [];
const partApps: Record<string, App> = Object.fromEntries(variants.map(([name, parts]) => [name, stubApp(createApp, pino({ level }, logDestination('/dev/null')), parts)]));
const bodies: Record<string, string> = {
  coAttendees: JSON.stringify({ query: 'query($n:String!){coAttendees(name:$n,first:20){count person{id name} events(first:20){id name date}}}', variables: { n: 'p:99' } }),
  path: JSON.stringify({ query: 'query($a:String!,$b:String!){path(from:$a,to:$b,maxLength:6){length nodes{id name} hops{relation evidenceCount evidence(first:20){sentence}}}}', variables: { a: 'p:99', b: 'p:4' } }),
};
const n = Number(process.env.N ?? 2000);
const seconds = Number(values.http ?? 0);

/** Runs a node:http server of `listener` for the rounds; `measure` gives CPU µs per request and req/s. */
async function listen(listener: RequestListener) {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const measure = async (body: string, secs: number) => {
    const cpu = process.cpuUsage();
    const r = await autocannon(url, body, { connections: 8, seconds: secs });
    const used = process.cpuUsage(cpu);
    if (r.errors || r.non2xx) throw new Error(`${url}: ${r.errors} errors, ${r.non2xx} non-2xx`);
    return { us: (used.user + used.system) / r.requests, rps: r.rps };
  };
  return { measure, close: () => (server.closeAllConnections(), server.close()) };
}

async function ask(target: App, body: string): Promise<string> {
  const res = await target.yoga.fetch('http://127.0.0.1/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }, body });
  return res.text();
}

/** Prints the --parts table for one question: µs per request of each variant, median of the rounds. */
async function splitParts(question: string, body: string, partApps: Record<string, App>) {
  const per = Math.max(20, Math.round(n / 10));
  const us: Record<string, number[]> = {};
  for (const [name, target] of Object.entries(partApps)) {
    const text = await ask(target, body);
    if (!text.includes('"data"') || text.includes('errors')) throw new Error(`${name}: ${text.slice(0, 300)}`);
    for (let i = 0; i < per; i++) await ask(target, body); // warm-up
  }
  const names = Object.keys(partApps);
  for (let round = 0; round < Number(values.rounds); round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]!;
      const cpu = process.cpuUsage();
      for (let j = 0; j < per; j++) await ask(partApps[name]!, body);
      const used = process.cpuUsage(cpu);
      (us[name] ??= []).push((used.user + used.system) / per);
    }
  }
  const at = (k: string) => median(us[k]!);
  if (!values.parts) {
    const ratio = median(us.base!.map((x, i) => x / us.ours![i]!));
    console.log(`${question}, in process (yoga.fetch), µs CPU per request, median of ${values.rounds} rounds of ${per}: base ${at('base').toFixed(0)}, ours ${at('ours').toFixed(0)}; per-round ratio base ÷ ours ${ratio.toFixed(2)}`);
    return;
  }
  console.log(`\n${question}, in process (yoga.fetch), µs CPU per request, median of ${values.rounds} rounds of ${per}:`);
  console.log('| part | minimal yoga + part | − minimal | ours − part | ours − (ours − part) | share of ours |\n|---|---|---|---|---|---|');
  console.log(`| (none: minimal yoga) | ${at('minimal').toFixed(0)} | | | | |`);
  for (const part of APP_PARTS) {
    const alone = at(`+${part}`);
    const without = at(`ours−${part}`);
    console.log(`| ${part} | ${alone.toFixed(0)} | ${(alone - at('minimal')).toFixed(0)} | ${without.toFixed(0)} | ${(at('ours') - without).toFixed(0)} | ${((100 * (at('ours') - without)) / at('ours')).toFixed(0)}% |`);
  }
  console.log(`| (all: ours) | ${at('ours').toFixed(0)} | ${(at('ours') - at('minimal')).toFixed(0)} | | | |`);
}

for (const [name, body] of Object.entries(bodies).filter(([k]) => !values.only || k === values.only)) {
  const once = async () => {
    const res = await app.yoga.fetch('http://127.0.0.1/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }, body });
    return res.text();
  };
  const sample = await once();
  if (!sample.includes('"data"') || sample.includes('errors')) throw new Error(sample);
  for (let i = 0; i < 300; i++) await once();
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i++) await once();
  const used = process.cpuUsage(cpu);
  console.log(`${name}: ${((used.user + used.system) / n).toFixed(0)} µs CPU per request through yoga.fetch (${n} requests, ${sample.length} bytes)`);
  if (values.parts) await splitParts(name, body, partApps);
  else if (base) await splitParts(name, body, { ours: app, base }); // the two side by side in process too
  if (!seconds) continue;
  const bare: RequestListener = (req, res) => {
    req.resume(); // the body is read and dropped, as a server reads it
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(sample));
  };
  const contenders: Record<string, RequestListener> = {
    ours: app.yoga,
    ...(base ? { base: base.yoga } : {}),
    ...(values['no-bare'] ? {} : { bare }),
  };
  const servers = Object.fromEntries(await Promise.all(Object.entries(contenders).map(async ([k, l]) => [k, await listen(l)] as const)));
  const names = Object.keys(servers);
  const us: Record<string, number[]> = {};
  const rps: Record<string, number[]> = {};
  for (const k of names) await servers[k]!.measure(body, 1); // warm-up
  for (let round = 0; round < Number(values.rounds); round++) {
    for (let i = 0; i < names.length; i++) {
      const k = names[(i + round) % names.length]!;
      const r = await servers[k]!.measure(body, seconds);
      (us[k] ??= []).push(r.us);
      (rps[k] ??= []).push(r.rps);
    }
  }
  for (const s of Object.values(servers)) s.close();
  const line = names.map((k) => `${k} ${median(us[k]!).toFixed(0)} µs (${median(rps[k]!).toFixed(0)} req/s)`).join(', ');
  const ratio = (a: string, b: string) => median(us[a]!.map((x, i) => x / us[b]![i]!)).toFixed(2);
  const ratios = [base ? `base ÷ ours ${ratio('base', 'ours')}` : '', values['no-bare'] ? '' : `ours ÷ bare ${ratio('ours', 'bare')}`].filter(Boolean).join(', ');
  console.log(`${name} over node:http, CPU per request (median of ${values.rounds} rounds): ${line}; per-round CPU ratios ${ratios}`);
}
app.close();
base?.close();
for (const a of Object.values(partApps)) a.close();
await driver.close();
