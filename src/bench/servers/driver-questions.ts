// What the bare-driver baseline (driver.ts) sends for each benchmark question: the API's own named statements
// with the parameters its resolvers build for the bench's queries. Shared with statement-cpu.ts, which runs the
// same statements and parameters to measure the JVM's CPU per call, so both always send the same thing.
import neo4j, { type Driver } from 'neo4j-driver';
import { readOnce } from '../../graph/cypher.ts';
import { looksLikeId, luceneEscape } from '../../api/store.ts';

export type Args = Record<string, unknown>;
/** Runs a named statement, its records as plain objects. */
export type Rows = (name: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

const int = (n: number) => neo4j.int(n);

export function driverQuestions(rows: Rows): Record<string, (a: Args) => Promise<unknown>> {
  async function resolveId(ref: string, types: string[] | null): Promise<string> {
    let [hit] = await rows('api-resolve-exact', { ref, types, limit: int(1) });
    if (!hit) [hit] = await rows('api-resolve-text', { ref, query: luceneEscape(ref), types, limit: int(1) });
    if (!hit) throw new Error(`nothing named ${ref}`);
    return (hit.entity as { id: string }).id;
  }
  return {
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
      // The bench's query shows ids and names only: no aliases, dates or kinds read, as the API asks.
      const [found] = await rows('api-neighbors', { ref: a.id, depth: int(a.depth as number), types: null, limit: int((a.first as number) + 2), details: false });
      if (!found || found.center === null) throw new Error(`neighbors center not resolved: ${String(a.id)}`);
      return found.reached;
    },
    path: async (a) => {
      // One statement, as the API sends it: both ends resolved inside, each hop's first 20 sentences.
      // As the API asks for the bench's query (node ids and names, sentences without their articles).
      // Two ids: api-path-ids, as the store chooses (src/api/store.ts, pathBetween).
      const params = { from: a.from, to: a.to, evidence: int(a.evidence as number), nodeDetails: false, evidenceArticles: false };
      let [found] = looksLikeId(String(a.from)) && looksLikeId(String(a.to)) ? await rows('api-path-ids', params) : [];
      if (!found || found.fromId === null || found.toId === null) [found] = await rows('api-path', params);
      if (!found || found.fromId === null || found.toId === null) throw new Error(`path ends not resolved: ${String(a.from)}, ${String(a.to)}`);
      return found;
    },
  };
}

/** The questions as the driver server answers them: each statement through readOnce, its records as plain objects. */
export function driverAnswers(driver: Driver): Record<string, (a: Args) => Promise<unknown>> {
  return driverQuestions(async (name, params) => (await readOnce(driver, name, params)).records.map((r) => r.toObject()));
}
