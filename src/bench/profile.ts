// Where a question's time goes inside Neo4j: PROFILE of each statement the four benchmark questions run
// (db hits, rows, page-cache hits and misses, per operator), warm timings through the driver, and the
// embedded instance's memory against its store. Runs on an embedded Neo4j of its own under <dir>/profile-<size>,
// loaded once from the batches a bench run left in <dir>/batches-<size>-<graph> and kept running (detached)
// so later runs and experiments reuse it; `kg neo4j stop --data-dir <dir>/profile-<size>` stops it.
//   node --import tsx src/bench/profile.ts --size 1000 [--dir .bench] [--graph extracted] [--calls 20] [--only LABEL] [--rebuild]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import type { Extraction } from '../extract/format.ts';
import { cypher, read, readOnce } from '../graph/cypher.ts';
import { startEmbedded } from '../graph/embedded.ts';
import { applySchema } from '../graph/schema.ts';
import { luceneEscape } from '../api/store.ts';
import { relationshipCount } from './naive-load.ts';
import { median } from './stats.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000' },
    dir: { type: 'string', default: '.bench' },
    graph: { type: 'string', default: 'extracted' },
    calls: { type: 'string', default: '20' },
    only: { type: 'string' },
    // The whole co-attendance projection rebuilt first (after a change to what its rows carry).
    rebuild: { type: 'boolean', default: false },
  },
});
const size = Number(values.size);
const dir = values.dir as string;
const calls = Number(values.calls);
const int = (n: number) => neo4j.int(n);

/** Bytes under a folder (the store's files). */
function du(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, f) => n + du(join(path, f)), 0);
}

interface Totals {
  dbHits: number;
  rows: number;
  hits: number;
  misses: number;
}
function totals(plan: ProfiledPlan): Totals {
  const t = { dbHits: plan.dbHits, rows: 0, hits: plan.pageCacheHits, misses: plan.pageCacheMisses };
  for (const child of plan.children) {
    const c = totals(child);
    t.dbHits += c.dbHits;
    t.hits += c.hits;
    t.misses += c.misses;
  }
  t.rows = plan.rows;
  return t;
}
/** The operators, deepest first, with their own db hits and rows: where a plan spends. */
function operators(plan: ProfiledPlan, depth = 0, out: string[] = []): string[] {
  for (const child of plan.children) operators(child, depth + 1, out);
  const details = String(plan.arguments.Details ?? '').slice(0, 90);
  out.push(`${'  '.repeat(depth)}${plan.operatorType} rows ${plan.rows} dbHits ${plan.dbHits} pc ${plan.pageCacheHits}/${plan.pageCacheMisses}  ${details}`);
  return out;
}

async function profiled(driver: Driver, name: string, params: Record<string, unknown>) {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    // PROFILE in front of the named statement's own text: the same statement, with its plan's counters.
    const result = await session.run(`PROFILE ${cypher(name)}`, params);
    const plan = result.summary.profile;
    if (!plan) throw new Error(`${name}: no profile`);
    return { plan, records: result.records.length, bytes: JSON.stringify(result.records.map((r) => r.toObject())).length };
  } finally {
    await session.close();
  }
}

async function timed(driver: Driver, name: string, params: Record<string, unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    await readOnce(driver, name, params);
    ms.push(performance.now() - t);
  }
  return ms;
}

async function loadIfEmpty(driver: Driver): Promise<void> {
  if ((await relationshipCount(driver)) > 0) return;
  const batchDir = join(dir, `batches-${size}-${values.graph}`);
  if (!existsSync(batchDir)) throw new Error(`${batchDir} is missing: run npm run bench -- --sizes ${size} --parts queries first`);
  const { loadExtraction } = await import('../graph/load.ts');
  await applySchema(driver);
  for (const f of readdirSync(batchDir).sort()) {
    await loadExtraction(driver, JSON.parse(readFileSync(join(batchDir, f), 'utf8')) as Extraction);
    console.error(`loaded ${f}`);
  }
}

const dataDir = join(dir, `profile-${size}`);
const neo = await startEmbedded({ dataDir, detached: true, log: (l) => console.error(l) });
const driver = neo4j.driver(neo.uri, neo.auth);
try {
  await loadIfEmpty(driver);
  await applySchema(driver); // indexes added since the instance was loaded
  // The projection as a served graph keeps it (kg ingest refreshes after its loads): coAttendees reads it.
  const { rebuildCoAttendance, refreshCoAttendance } = await import('../graph/co-attendance.ts');
  const refresh = await (values.rebuild ? rebuildCoAttendance(driver) : refreshCoAttendance(driver));
  console.error(`co-attendance projection: ${refresh.refreshed} people refreshed, stamped ${refresh.stamped}, ${(refresh.ms / 1000).toFixed(1)} s`);
  const hub = (await read(driver, 'bench-hub-person')).records[0]!;
  const hubId = String(hub.get('id'));
  const far = (await read(driver, 'bench-far-person', { hubId })).records[0];
  const farId = far ? String(far.get('id')) : hubId;
  const hubName = String(hub.get('name'));
  console.log(`# size ${size}: hub ${hubName} ${hubId} (${Number(hub.get('events'))} events), far ${farId}`);
  console.log(`store ${(du(join(dataDir, 'data', 'databases', 'neo4j')) / 2 ** 20).toFixed(1)} MiB, transaction logs ${(du(join(dataDir, 'data', 'transactions', 'neo4j')) / 2 ** 20).toFixed(1)} MiB, relationships ${await relationshipCount(driver)}`);
  const memory = await driver.executeQuery(
    "CALL dbms.listConfig() YIELD name, value WHERE name = 'server.memory.pagecache.size' RETURN name, value",
  );
  for (const r of memory.records) console.log(`${String(r.get('name'))} = ${String(r.get('value'))}`);

  // Depth 2 is two steps: the second starts from the first's answer, as the resolver does.
  const step1 = await readOnce(driver, 'api-neighbors-step', { frontier: [hubId], seen: [hubId], types: null, limit: int(51) });
  const frontier = step1.records.map((r) => (r.get('entity') as { id: string }).id);
  const coAsked = { ref: hubId, ids: [], first: int(20), maxEvents: int(20), pageEvents: int(20), from: null, to: null };
  const statements: [string, string, Record<string, unknown>][] = [
    // As the bench asks (person id, name; events id, name, date), and with every field a query can show.
    ['coAttendees', 'api-co-attendees', { ...coAsked, personAliases: false, eventAliases: false, eventKind: false }],
    ['coAttendees (all fields)', 'api-co-attendees', { ...coAsked, personAliases: true, eventAliases: true, eventKind: true }],
    ['coAttendees (peer)', 'bench-ngql-co-attendees', { id: hubId, first: int(20), events: int(20) }],
    ['path', 'api-path', { from: hubId, to: farId, evidence: int(20), nodeDetails: false, evidenceArticles: false }],
    ['path (all fields)', 'api-path', { from: hubId, to: farId, evidence: int(20), nodeDetails: true, evidenceArticles: true }],
    ['path (peer)', 'bench-ngql-path', { from: hubId, to: farId, evidence: int(20) }],
    ['search', 'api-search', { query: luceneEscape(hubName), types: null, fetch: int(21), more: int(500), skip: int(0), limit: int(21), details: false }],
    ['search (all fields)', 'api-search', { query: luceneEscape(hubName), types: null, fetch: int(21), more: int(500), skip: int(0), limit: int(21), details: true }],
    ['search (peer)', 'bench-ngql-search', { query: luceneEscape(hubName), first: int(21) }],
    ['neighbors step 1', 'api-neighbors-step', { frontier: [hubId], seen: [hubId], types: null, limit: int(51) }],
    ['neighbors step 2', 'api-neighbors-step', { frontier, seen: [hubId, ...frontier], types: null, limit: int(51) }],
    ['neighbors depth 2 (one statement)', 'api-neighbors', { ref: hubId, depth: int(2), types: null, limit: int(52), details: false }],
    ['neighbors (peer)', 'bench-ngql-neighbors', { id: hubId, first: int(51) }],
    ['resolve exact', 'api-resolve-exact', { ref: hubName, types: ['Person'], limit: int(1) }],
  ];
  for (const [label, name, params] of statements) {
    if (values.only && !label.startsWith(values.only)) continue;
    await timed(driver, name, params); // warm: plan cache, JIT
    const { plan, records, bytes } = await profiled(driver, name, params);
    const t = totals(plan);
    const ms = await timed(driver, name, params);
    console.log(`\n## ${label} (${name}): ${records} records, ${bytes} bytes; db hits ${t.dbHits}; page cache ${t.hits} hits / ${t.misses} misses; ` +
      `warm ms median ${median(ms).toFixed(1)} min ${Math.min(...ms).toFixed(1)} (${calls} calls)`);
    for (const line of operators(plan)) console.log(`    ${line}`);
  }
} finally {
  await driver.close();
}
