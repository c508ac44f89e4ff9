// The bench's query phase: the four questions under load against our API (cache off and on), the bare driver,
// the framework's floor (the driver's statements through yoga alone) and @neo4j/graphql, each a server process of
// its own; the hub and far person are picked by identity cluster.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { read } from '../graph/cypher.ts';
import { repo } from './batches.ts';
import type { BenchOptions, QueryFigures } from './figures.ts';
import { autocannon, cpuMs, spawnReady, stopChild, watchRss } from './procs.ts';
import { questions, type Contender, type QueryInputs } from './queries.ts';

export async function neo4jMemory(driver: Driver, dataDir: string): Promise<{ pageCache: string; storeMiB: number }> {
  const settings = (await read(driver, 'bench-memory')).records;
  const pageCache = String(settings.find((r) => r.get('name') === 'server.memory.pagecache.size')?.get('value') ?? '?');
  const { bytesUnder } = await import('../graph/launcher-process.ts');
  return { pageCache, storeMiB: bytesUnder(join(dataDir, 'data', 'databases')) / 2 ** 20 };
}

export async function queryInputs(driver: Driver): Promise<QueryInputs> {
  const hub = (await read(driver, 'bench-hub-person')).records[0];
  if (!hub) throw new Error('the graph has no person at any event: nothing to query');
  const hubId = String(hub.get('id'));
  const far = (await read(driver, 'bench-far-person', { hubId })).records[0];
  const hubName = String(hub.get('name'));
  return {
    hubId,
    hubName,
    hubEvents: Number(hub.get('events')),
    hubAnchors: Number(hub.get('anchors')),
    farId: far ? String(far.get('id')) : hubId,
    farName: far ? String(far.get('name')) : hubName,
    searchText: hubName,
  };
}

const SERVERS: Record<Contender, { args: string[]; ready: RegExp; path: string; env?: Record<string, string> }> = {
  ours: { args: [join(repo, 'bin/kg.js'), 'serve'], ready: /"port":(\d+)/, path: '/graphql', env: { KG_RESPONSE_CACHE: 'off' } },
  cached: { args: [join(repo, 'bin/kg.js'), 'serve'], ready: /"port":(\d+)/, path: '/graphql' },
  driver: { args: ['--import', 'tsx', join(repo, 'src/bench/servers/driver.ts')], ready: /BENCH_SERVER_READY (\d+)/, path: '/' },
  floor: { args: ['--import', 'tsx', join(repo, 'src/bench/servers/yoga-floor.ts')], ready: /BENCH_SERVER_READY (\d+)/, path: '/graphql' },
  peer: { args: ['--import', 'tsx', join(repo, 'src/bench/servers/neo4j-graphql.ts')], ready: /BENCH_SERVER_READY (\d+)/, path: '/graphql' },
};

/** Statements the warm-up sends Neo4j before the measured rounds: a fresh JVM's C2 compiles the Bolt and query
 * paths over its first tens of thousands of statements (findings 45), and rounds measured before that trended up. */
export const WARM_STATEMENTS = 15_000;
/** The warm-up stops here even short of WARM_STATEMENTS (a slow question at 100k), saying so in the log. */
const WARM_MAX_SECONDS = 300;

/** Untimed load before the measured rounds: passes over every question and contender (the measured mix) until
 * Neo4j has answered WARM_STATEMENTS requests. The cached contender answers from memory after its first request, so
 * it is warmed in the first pass only and its requests are not counted; every other request is one statement. */
export async function warmUp(
  qs: ReturnType<typeof questions>,
  servers: Partial<Record<Contender, { url: string }>>,
  opts: BenchOptions,
  log: (line: string) => void,
  target = WARM_STATEMENTS,
): Promise<{ statements: number; passes: number; seconds: number }> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  let statements = 0;
  let passes = 0;
  while (statements < target && elapsed() < WARM_MAX_SECONDS) {
    for (const q of qs) {
      for (const [c, body] of Object.entries(q.bodies) as [Contender, string][]) {
        if (c === 'cached' && passes > 0) continue;
        const r = await autocannon(servers[c]!.url, body, { connections: opts.connections, seconds: opts.querySeconds });
        if (c !== 'cached') statements += r.requests;
      }
    }
    passes++;
    log(`  warm-up pass ${passes}: ${statements} statements, ${elapsed().toFixed(0)} s`);
  }
  if (statements < target) log(`  warm-up stopped at ${WARM_MAX_SECONDS} s with ${statements} statements`);
  return { statements, passes, seconds: elapsed() };
}

export async function benchQueries(driver: Driver, uri: string, opts: BenchOptions, log: (line: string) => void, neo4jPid?: number): Promise<QueryFigures> {
  const inputs = await queryInputs(driver);
  log(`queries: hub ${inputs.hubName} (${inputs.hubId}, ${inputs.hubEvents} events, ${inputs.hubAnchors} anchor nodes), far ${inputs.farName} (${inputs.farId}); asked by id`);
  const qs = questions(inputs);
  const figures: QueryFigures = { inputs, runs: {}, rssMiB: {}, seconds: opts.querySeconds, connections: opts.connections };
  const servers: Partial<Record<Contender, { url: string; stop: () => Promise<void>; pid: number }>> = {};
  try {
    for (const c of Object.keys(SERVERS) as Contender[]) {
      const s = SERVERS[c];
      // Production mode for all (graphql-js's development checks cost every GraphQL server ≈15%).
      const { child, match } = await spawnReady(s.args, { NEO4J_URI: uri, PORT: '0', NODE_ENV: 'production', ...s.env }, s.ready);
      servers[c] = { url: `http://127.0.0.1:${match[1]}${s.path}`, stop: () => stopChild(child), pid: child.pid! };
    }
    // Each answer is checked once before any load: a benchmark of error responses would be worthless.
    for (const q of qs) {
      for (const [c, body] of Object.entries(q.bodies) as [Contender, string][]) {
        const res = await fetch(servers[c]!.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const json = (await res.json()) as { errors?: unknown; error?: unknown };
        if (!res.ok || json.errors || json.error) throw new Error(`${c} cannot answer ${q.name}: ${JSON.stringify(json).slice(0, 400)}`);
      }
    }
    figures.warmup = await warmUp(qs, servers, opts, log);
    for (let run = 0; run < opts.runs; run++) {
      for (const q of qs) {
        // Each round starts with the next contender: whoever goes first meets a Neo4j that is still warming
        // up, and a fixed order handed that to the same contender in every round.
        const entries = Object.entries(q.bodies) as [Contender, string][];
        const order = entries.map((_, i) => entries[(i + run) % entries.length] as [Contender, string]);
        for (const [c, body] of order) {
          const server = servers[c]!;
          const rss = watchRss(server.pid);
          // CPU per request beside req/s: the cores are saturated, so what each answer costs the server and Neo4j
          // decides throughput, and it moves less than req/s when the machine's speed swings from round to round.
          const cpuBefore = [cpuMs(server.pid), neo4jPid ? cpuMs(neo4jPid) : 0] as const;
          const r = await autocannon(server.url, body, { connections: opts.connections, seconds: opts.querySeconds });
          const perRequest = (ms: number) => (ms * 1000) / Math.max(r.requests, 1);
          r.cpuUs = { server: perRequest(cpuMs(server.pid) - cpuBefore[0]), neo4j: neo4jPid ? perRequest(cpuMs(neo4jPid) - cpuBefore[1]) : 0 };
          figures.rssMiB[c] = Math.max(figures.rssMiB[c] ?? 0, rss.stop());
          ((figures.runs[q.name] ??= {})[c] ??= []).push(r);
          log(`  round ${run + 1} ${q.name} ${c}: ${r.rps.toFixed(1)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, CPU µs per request ${r.cpuUs.server.toFixed(0)} + Neo4j ${r.cpuUs.neo4j.toFixed(0)}${r.errors || r.non2xx ? `, ${r.errors} errors, ${r.non2xx} non-2xx` : ''}`);
        }
      }
    }
  } finally {
    for (const s of Object.values(servers)) await s.stop();
  }
  return figures;
}
