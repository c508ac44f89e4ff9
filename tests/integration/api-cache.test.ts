// The response cache (src/api/cache.ts) against the real Neo4j: a repeated question is answered without
// a statement, and an answer never outlives the graph it came from — whether the graph changes through
// this server's ingestArticles or through another process's load.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app.ts';
import type { Extraction } from '../../src/extract/format.ts';
import { observeStatements } from '../../src/graph/cypher.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { fixture } from './api-fixture.ts';
import { closeApp, gql, openApp } from './api-helpers.ts';

const CHECK_MS = 200;
let driver: Driver;
let app: App;

/** One more article in which 王策飞 meets someone new. */
function meeting(article: string, person: string, name: string): Extraction {
  const event = `e:${article}`;
  const evidence = `王策飞与${name}座谈交流。`;
  return {
    articles: [{ id: article, source: `${article}.txt`, span: [0, 100], title: '座谈', date: '2026-04-01' }],
    entities: [
      { id: 'p:wcf', type: 'Person', name: '王策飞', aliases: [], articles: [article] },
      { id: person, type: 'Person', name, aliases: [], articles: [article] },
      { id: event, type: 'Event', name: `王策飞与${name}座谈`, aliases: [], articles: [article], date: '2026-04-01', kind: 'meeting' },
    ],
    relations: [
      { type: 'ATTENDED', from: 'p:wcf', to: event, article, evidence },
      { type: 'ATTENDED', from: person, to: event, article, evidence },
    ],
  };
}

const coAttendees = '{ coAttendees(name: "王策飞") { person { name } count } }';
const names = (result: Awaited<ReturnType<typeof gql>>) =>
  (result.data?.coAttendees as { person: { name: string } }[]).map((row) => row.person.name);

async function statementsFor(query: string) {
  const seen: string[] = [];
  const stop = observeStatements((name) => seen.push(name));
  try {
    return { result: await gql(app, query, {}, { authorization: 'Bearer test-token' }), statements: seen };
  } finally {
    stop();
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  ({ driver, app } = await openApp((d) => loadExtraction(d, fixture), {
    apiToken: 'test-token',
    responseCache: { checkMs: CHECK_MS, maxEntries: 100, maxBytes: 50_000_000, ttlMs: 60_000 },
    // ingestArticles loads a prepared extraction (the extractor is not what is tested here).
    ingest: async () => {
      await loadExtraction(driver, meeting('a:cache2', 'p:new2', '陈晓明'));
      return { articles: [], entityCount: 3, relationCount: 2 };
    },
  }));
});

afterAll(() => closeApp({ driver, app }));

describe('response cache', () => {
  it('answers a repeated question from the cache, without a statement', async () => {
    const first = await statementsFor(coAttendees);
    expect(first.result.errors).toBeUndefined();
    expect(first.statements).toContain('api-co-attendees');
    const again = await statementsFor(coAttendees);
    expect(again.result).toEqual(first.result);
    // At most the graph's version is read again (when the check interval has passed), never the question.
    expect(again.statements.filter((name) => name !== 'api-graph-version')).toEqual([]);
  });

  it('serves the new graph once another process has loaded into it (within the check interval)', async () => {
    const before = names(await gql(app, coAttendees));
    expect(before).not.toContain('李新');
    await loadExtraction(driver, meeting('a:cache1', 'p:new1', '李新'));
    await pause(CHECK_MS + 50);
    const after = await statementsFor(coAttendees);
    expect(after.statements).toContain('api-co-attendees');
    expect(names(after.result)).toContain('李新');
  });

  it("serves the new graph at once after this server's own ingestArticles", async () => {
    expect(names(await gql(app, coAttendees))).not.toContain('陈晓明');
    const { result } = await statementsFor('mutation { ingestArticles(documents: [{source: "x.txt", text: "王策飞与陈晓明座谈交流。"}]) { entityCount } }');
    expect(result.errors).toBeUndefined();
    expect(names(await gql(app, coAttendees))).toContain('陈晓明');
  });

  it('never keeps an answer with errors', async () => {
    const query = '{ coAttendees(name: "不存在的人") { person { name } } }';
    const first = await statementsFor(query);
    expect(first.result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const again = await statementsFor(query);
    expect(again.result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(again.statements).toContain('api-co-attendees');
  });

  it('keeps answers apart by variables', async () => {
    const query = 'query($n: String!) { coAttendees(name: $n) { person { name } } }';
    const a = await gql(app, query, { n: '王策飞' });
    const b = await gql(app, query, { n: '刘峰' });
    expect(a.data?.coAttendees).not.toEqual(b.data?.coAttendees);
    expect(b.data?.coAttendees).toEqual([{ person: { name: '唐向群' } }]);
  });
});
