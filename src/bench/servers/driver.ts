// The baseline for GraphQL overhead: the same named statements the API's resolvers run for each
// benchmark question, sent through the bare driver from a plain HTTP server, records as JSON.
//   node --import tsx src/bench/servers/driver.ts   (NEO4J_URI, PORT)
import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { readOnce } from '../../graph/cypher.ts';
import { luceneEscape } from '../../api/store.ts';

// The embedded Neo4j runs with auth on: its credentials come in NEO4J_USER / NEO4J_PASSWORD.
const auth = () => (process.env.NEO4J_USER ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD ?? '') : undefined);
const driver = neo4j.driver(process.env.NEO4J_URI as string, auth(), { disableLosslessIntegers: true });
const int = (n: number) => neo4j.int(n);

async function rows(name: string, params: Record<string, unknown>) {
  return (await readOnce(driver, name, params)).records.map((r) => r.toObject());
}

async function resolveId(ref: string, types: string[] | null): Promise<string> {
  let [hit] = await rows('api-resolve-exact', { ref, types, limit: int(1) });
  if (!hit) [hit] = await rows('api-resolve-text', { ref, query: luceneEscape(ref), types, limit: int(1) });
  if (!hit) throw new Error(`nothing named ${ref}`);
  return (hit.entity as { id: string }).id;
}

type Args = Record<string, unknown>;
const questions: Record<string, (a: Args) => Promise<unknown>> = {
  coAttendees: async (a) => {
    // One statement, as the API sends it: the name resolved inside, the default page of shared events whole.
    // As the API asks: event ids only as many as the query's events(first:) shows.
    // As the API asks for the bench's query: no aliases or kinds shown, so none read.
    const params = { ref: a.name, ids: [], first: int(a.first as number), maxEvents: int(a.events as number), pageEvents: int(a.events as number), from: null, to: null,
                     personAliases: false, eventAliases: false, eventKind: false };
    const [ranked] = await rows('api-co-attendees', params);
    if (!ranked || ranked.id === null) return resolveId(a.name as string, ['Person']); // the API's fallback path
    return ranked;
  },
  search: (a) => {
    // As the store asks: a short first page makes the statement ask Lucene again for max(16 × fetch, 500).
    const limit = int((a.first as number) + 1);
    const more = int(Math.max(16 * ((a.first as number) + 1), 500));
    // The bench's query shows ids and names only: no aliases read, as the API asks.
    return rows('api-search', { query: luceneEscape(a.text as string), types: null, fetch: limit, more, skip: int(0), limit, details: false });
  },
  neighbors: async (a) => {
    // One statement, as the API sends it: the center resolved inside, both steps walked there; the resolver
    // asks for first + 1 (is there a next page) and the statement one more (did the cap cut anything off).
    const [found] = await rows('api-neighbors', { ref: a.id, depth: int(a.depth as number), types: null, limit: int((a.first as number) + 2) });
    if (!found || found.center === null) throw new Error(`neighbors center not resolved: ${String(a.id)}`);
    return found.reached;
  },
  path: async (a) => {
    // One statement, as the API sends it: both ends resolved inside, each hop's first 20 sentences.
    // As the API asks for the bench's query (node ids and names, sentences without their articles).
    const [found] = await rows('api-path', { from: a.from, to: a.to, evidence: int(a.evidence as number), nodeDetails: false, evidenceArticles: false });
    if (!found || found.fromId === null || found.toId === null) throw new Error(`path ends not resolved: ${String(a.from)}, ${String(a.to)}`);
    return found;
  },
};

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (d: Buffer) => (body += d.toString()));
  req.on('end', async () => {
    try {
      const { op, args } = JSON.parse(body) as { op: string; args: Args };
      const fn = questions[op];
      if (!fn) throw new Error(`unknown question ${op}`);
      const data = await fn(args);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    } catch (err) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: (err as Error).message }));
    }
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`BENCH_SERVER_READY ${typeof address === 'object' && address ? address.port : ''}`);
});
process.on('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
