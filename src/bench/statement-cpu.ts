// The JVM's CPU per statement, side by side: on one embedded Neo4j holding a bench graph (e.g. the one
// src/bench/profile.ts keeps), each question's statements as our bare-driver baseline sends them
// (servers/driver-questions.ts, the API's statements and parameters) and as @neo4j/graphql sends them (its real
// generated text, captured by running the peer's schema once against the instance), each run --calls times back
// to back, in many short rounds alternating who goes first. Per call: the JVM's user + system CPU from /proc/PID/stat (robust
// to the machine's load: other processes' CPU is not counted), this process's CPU (the driver encoding the
// statement and decoding the records), the wall time and the answer's bytes. --base DIR adds `base`: our
// statements' text from another checkout's cypher/ (e.g. /work/main) with today's parameters, before → after.
// --other DIR adds `other`: our statements on a second running instance (e.g. one started by another checkout's
// launcher, its settings before → after), its own JVM's CPU.
//   node --import tsx src/bench/statement-cpu.ts --dir /tmp/st/profile-1000 [--calls 50] [--rounds 20] [--only path] [--base /work/main] [--other /tmp/st/main-1000]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { cypher } from '../graph/cypher.ts';
import { startEmbedded } from '../graph/embedded.ts';
import { entityRelationTypes } from '../model/relation-types.ts';
import { queryInputs } from './query-phase.ts';
import { questions } from './queries.ts';
import { driverQuestions } from './servers/driver-questions.ts';
import { typeDefs } from './servers/neo4j-graphql-schema.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    calls: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '20' },
    only: { type: 'string' },
    base: { type: 'string' },
    other: { type: 'string' },
  },
});
if (!values.dir) throw new Error('--dir: the data folder of an embedded Neo4j holding a bench graph (e.g. /tmp/st/profile-1000)');
const calls = Number(values.calls);

/** A statement as a contender sends it: its text, parameters, and whether in a managed read transaction. */
interface Sent { text: string; params: Record<string, unknown>; managed: boolean }

/** The JVM's user + system CPU in µs (clock ticks of 10 ms, fields 14 and 15 of /proc/PID/stat). */
function jvmCpuUs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

async function send(driver: Driver, s: Sent): Promise<Record<string, unknown>[]> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = s.managed ? await session.executeRead((tx) => tx.run(s.text, s.params)) : await session.run(s.text, s.params);
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/** The peer's generated statements for one GraphQL query: its schema run once over a driver that records. */
async function peerStatements(driver: Driver, body: string): Promise<Sent[]> {
  const sent: Sent[] = [];
  const recordRun = (tx: ManagedTransaction) => new Proxy(tx, {
    get: (t, key) => key === 'run'
      ? (text: string, params: Record<string, unknown>) => (sent.push({ text, params, managed: true }), t.run(text, params))
      : Reflect.get(t, key),
  });
  const recording = new Proxy(driver, {
    get: (d, key) => key === 'session'
      ? (config: object) => {
          const session = d.session(config);
          return new Proxy(session, {
            get: (s: Session, k) => k === 'executeRead'
              ? (fn: (tx: ManagedTransaction) => unknown, cfg?: object) => s.executeRead((tx) => fn(recordRun(tx)), cfg)
              : Reflect.get(s, k).bind?.(s) ?? Reflect.get(s, k),
          });
        }
      : Reflect.get(d, key),
  });
  const schema = await new Neo4jGraphQL({ typeDefs, driver: recording as Driver }).getSchema();
  const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
  const result = await graphql({ schema, source: query, variableValues: variables, contextValue: {} });
  if (result.errors?.length) throw new Error(`peer: ${result.errors.map((e) => e.message).join('; ')}`);
  return sent;
}

/** Ours: the named statements driver-questions.ts sends for the question, recorded as they run. */
async function ourStatements(driver: Driver, body: string): Promise<{ name: string; sent: Sent }[]> {
  const sent: { name: string; sent: Sent }[] = [];
  const run = driverQuestions(async (name, params) => {
    const s = { text: cypher(name), params, managed: false };
    sent.push({ name, sent: s });
    return send(driver, s);
  });
  const { op, args } = JSON.parse(body) as { op: string; args: Record<string, unknown> };
  await run[op]!(args);
  return sent;
}

const REPLACED: Record<string, string> = { 'api-path-ids': 'api-path' };

/** Another checkout's text of a named statement, its slots filled from today's relation table. */
function baseText(dir: string, name: string): string {
  const types = entityRelationTypes().join('|');
  // A statement added since, and the one a checkout without it sends in its place (same parameters).
  const file = join(dir, 'cypher', `${name}.cypher`);
  return readFileSync(existsSync(file) ? file : join(dir, 'cypher', `${REPLACED[name] ?? name}.cypher`), 'utf8').replace(/\{\{ENTITY_RELATION_TYPES\}\}/g, types);
}

/** Who sends what, to which instance (its JVM's pid). */
interface Contender { driver: Driver; pid: number; sent: Sent[] }

/** Totals over the measured rounds. */
interface Figures { jvmUs: number; clientUs: number; wallMs: number; calls: number; bytes: number }

const neo = await startEmbedded({ dataDir: values.dir, detached: true });
// As the contenders' servers: ours decodes integers as numbers (driver.ts, the API), the peer's driver does not.
const oursDriver = neo4j.driver(neo.uri, neo.auth, { disableLosslessIntegers: true });
const peerDriver = neo4j.driver(neo.uri, neo.auth);
const openedOther: Driver[] = [];
try {
  const inputs = await queryInputs(oursDriver);
  console.log(`# statement CPU at ${values.dir}: hub ${inputs.hubName} ${inputs.hubId} (${inputs.hubEvents} events), far ${inputs.farId}; ${calls} calls per round, ${values.rounds} rounds`);
  const other = values.other ? await startEmbedded({ dataDir: values.other, detached: true }) : null;
  const otherDriver = other ? neo4j.driver(other.uri, other.auth, { disableLosslessIntegers: true }) : null;
  if (otherDriver) openedOther.push(otherDriver);
  const contenders: Record<string, Record<string, Contender>> = {};
  for (const q of questions(inputs)) {
    if (!q.bodies.driver || !q.bodies.peer || (values.only && !q.name.startsWith(values.only))) continue;
    const ours = await ourStatements(oursDriver, q.bodies.driver);
    const entry: Record<string, Contender> = {
      ours: { driver: oursDriver, pid: neo.pid, sent: ours.map((o) => o.sent) },
      peer: { driver: peerDriver, pid: neo.pid, sent: await peerStatements(peerDriver, q.bodies.peer) },
    };
    if (values.base) entry.base = { driver: oursDriver, pid: neo.pid, sent: ours.map((o) => ({ ...o.sent, text: baseText(values.base!, o.name) })) };
    if (other && otherDriver) entry.other = { driver: otherDriver, pid: other.pid, sent: ours.map((o) => o.sent) };
    contenders[q.name] = entry;
    for (const [who, c] of Object.entries(entry)) {
      console.log(`\n## ${q.name}, ${who}: ${c.sent.length} statement(s)${c.sent[0]!.managed ? ' in a managed read transaction' : ', auto-commit'}`);
      for (const s of c.sent) console.log(`    ${s.text.replace(/\n/g, '\n    ')}\n    params ${JSON.stringify(s.params)}`);
    }
  }
  // The floor: what any statement costs (Bolt, transaction, plan cache), auto-commit as ours and managed as the peer's.
  const floor = { text: cypher('bench-floor'), params: {} };
  contenders.floor = { ours: { driver: oursDriver, pid: neo.pid, sent: [{ ...floor, managed: false }] }, peer: { driver: peerDriver, pid: neo.pid, sent: [{ ...floor, managed: true }] } };
  if (other && otherDriver) contenders.floor.other = { driver: otherDriver, pid: other.pid, sent: [{ ...floor, managed: false }] };
  // Short rounds, finely interleaved: the machine's load moves within seconds and must fall on every contender
  // alike. Figures are totals over the rounds (a round is a few 10 ms ticks of the JVM's CPU, too coarse alone).
  const figures: Record<string, Record<string, Figures>> = {};
  for (const [q, entry] of Object.entries(contenders)) {
    const names = Object.keys(entry);
    for (let round = -1; round < Number(values.rounds); round++) {
      for (const who of names.map((_, i) => names[(i + Math.max(round, 0)) % names.length]!)) {
        const { driver, pid, sent } = entry[who]!;
        const n = round < 0 ? 20 : calls; // round -1 warms: plans, JIT, pools
        let bytes = 0;
        const [jvm0, client0, wall0] = [jvmCpuUs(pid), process.cpuUsage(), performance.now()];
        for (let i = 0; i < n; i++) {
          for (const s of sent) {
            const rows = await send(driver, s);
            if (i === 0) bytes += JSON.stringify(rows).length;
          }
        }
        const client = process.cpuUsage(client0);
        if (round < 0) continue;
        const f = ((figures[q] ??= {})[who] ??= { jvmUs: 0, clientUs: 0, wallMs: 0, calls: 0, bytes });
        f.jvmUs += jvmCpuUs(pid) - jvm0;
        f.clientUs += client.user + client.system;
        f.wallMs += performance.now() - wall0;
        f.calls += n;
      }
    }
    console.error(`${q}: ${Object.entries(figures[q]!).map(([who, f]) => `${who} JVM ${(f.jvmUs / f.calls).toFixed(0)} µs`).join(', ')}`);
  }
  console.log('\n| question | contender | JVM µs per call | client µs per call | wall ms per call | bytes | JVM ÷ peer | JVM + client ÷ peer |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [q, byWho] of Object.entries(figures)) {
    const peer = byWho.peer!;
    for (const [who, f] of Object.entries(byWho)) {
      const per = (x: number) => x / f.calls;
      const jvmRatio = per(f.jvmUs) / (peer.jvmUs / peer.calls);
      const bothRatio = per(f.jvmUs + f.clientUs) / ((peer.jvmUs + peer.clientUs) / peer.calls);
      console.log(`| ${q} | ${who} | ${per(f.jvmUs).toFixed(0)} | ${per(f.clientUs).toFixed(0)} | ${per(f.wallMs).toFixed(2)} | ${f.bytes} | ${jvmRatio.toFixed(2)} | ${bothRatio.toFixed(2)} |`);
    }
  }
} finally {
  await oursDriver.close();
  for (const d of openedOther) await d.close();
  await peerDriver.close();
}
