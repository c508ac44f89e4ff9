// search and neighbors answer in one statement (src/bench/findings.md, item 32), with the answers the
// step-by-step ways gave: neighbors against the breadth-first walk of graph-view.ts (one statement per step),
// search against Lucene's whole hit list grouped by cluster.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app.ts';
import { reachable } from '../../src/api/graph-view.ts';
import { Store } from '../../src/api/store.ts';
import { observeStatements, readOnce } from '../../src/graph/cypher.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { fixture } from './api-fixture.ts';
import { closeApp, gql, openApp } from './api-helpers.ts';

let driver: Driver;
let app: App;

beforeAll(async () => {
  ({ driver, app } = await openApp((d) => loadExtraction(d, fixture)));
});

afterAll(() => closeApp({ driver, app }));

async function statementsOf(query: string): Promise<{ data: Record<string, any> | null | undefined; names: string[] }> {
  const names: string[] = [];
  const stop = observeStatements((name) => names.push(name));
  try {
    const { data, errors } = await gql(app, query);
    expect(errors).toBeUndefined();
    return { data, names };
  } finally {
    stop();
  }
}

describe('neighbors in one statement', () => {
  it('answers by id in one statement (depth 2), the center resolved inside', async () => {
    const { data, names } = await statementsOf('{ neighbors(id: "d:lg", depth: 2, first: 50) { edges { distance node { id } } } }');
    expect(names).toEqual(['api-neighbors']);
    expect(data!.neighbors.edges.map((e: { distance: number }) => e.distance)).toContain(2);
  });

  it('reaches what the breadth-first walk reaches, in its order, at every depth and page size', async () => {
    const store = new Store(driver);
    for (const ref of ['d:lg', '寻乌县', 'p:wcf', '王策飞']) {
      const [center] = await store.resolve(ref, null, 1);
      expect(center, ref).toBeDefined();
      for (const depth of [1, 2, 3]) {
        for (const first of [1, 3, 50]) {
          const expected = (await reachable(store, center!, depth, null, first + 1)).reached;
          const query = `{ neighbors(id: "${ref}", depth: ${depth}, first: ${first + 1}) { edges { distance node { id } } } }`;
          const { data } = await statementsOf(query);
          const got = data!.neighbors.edges.map((e: { distance: number; node: { id: string } }) => [e.node.id, e.distance]);
          expect(got, `${ref} depth ${depth} first ${first + 1}`).toEqual(expected.map((r) => [r.entity.id, r.distance]));
        }
      }
    }
  });

  it('names the argument when nothing answers to it, as before', async () => {
    const { errors } = await gql(app, '{ neighbors(id: "没有这个地方", depth: 2) { edges { distance } } }');
    expect(errors?.[0]?.message).toMatch(/id/);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('search in one statement', () => {
  it('asks Lucene again inside the statement when the first hits fill less than the page', async () => {
    const params = { query: '龙岗', types: null, skip: neo4j.int(0), limit: neo4j.int(3), details: true };
    const all = await readOnce(driver, 'api-search', { ...params, fetch: null, more: null });
    const keysOf = (records: typeof all.records) => records.filter((r) => r.get('entity') !== null).map((r) => (r.get('entity') as { id: string }).id);
    expect(keysOf(all.records)).toHaveLength(3);
    // One raw hit cannot fill a page of three: the statement itself asks for `more`.
    const short = await readOnce(driver, 'api-search', { ...params, fetch: neo4j.int(1), more: neo4j.int(500) });
    expect(Number(short.records[0]!.get('fetched'))).toBe(500);
    expect(keysOf(short.records)).toEqual(keysOf(all.records));
    // A first ask that fills the page is answered from it.
    const full = await readOnce(driver, 'api-search', { ...params, fetch: neo4j.int(500), more: neo4j.int(8000) });
    expect(Number(full.records[0]!.get('fetched'))).toBe(500);
  });

  it('answers a page in one statement', async () => {
    const { data, names } = await statementsOf('{ search(text: "龙岗", first: 3) { edges { node { id } } } }');
    expect(names).toEqual(['api-search']);
    expect(data!.search.edges).toHaveLength(3);
  });
});

describe('coAttendees sends the event ids the query can show', () => {
  const rowsOf = async (events: string) => {
    const { data } = await statementsOf(`{ coAttendees(name: "王策飞") { count person { id } ${events} } }`);
    return data!.coAttendees as { count: number; person: { id: string }; a?: { id: string }[]; b?: { id: string }[] }[];
  };

  it('answers every page size as the whole list of shared events does', async () => {
    const whole = await rowsOf('a: events(first: 100) { id }');
    expect(whole.some((row) => row.a!.length > 1)).toBe(true);
    for (const [small, large] of [[1, 2], [0, 1], [1, 25]]) {
      const rows = await rowsOf(`a: events(first: ${small}) { id } b: events(first: ${large}) { id }`);
      expect(rows.map((row) => [row.person.id, row.count, row.a, row.b])).toEqual(
        whole.map((row) => [row.person.id, row.count, row.a!.slice(0, small), row.a!.slice(0, large)]),
      );
    }
    const bare = await rowsOf('');
    expect(bare.map((row) => [row.person.id, row.count])).toEqual(whole.map((row) => [row.person.id, row.count]));
  });
});
