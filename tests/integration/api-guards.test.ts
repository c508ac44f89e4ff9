// What the GraphQL API refuses or guards, in process, against the real Neo4j on the hand-made extraction
// (api-fixture.ts): depth, aliases and cost limits, injection strings taken as plain values, and ingestArticles's
// token and input checks (then a real ingest, last, since it adds to the graph). The answers: api-queries.test.ts.
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/api/app.ts';
import { observeStatements } from '../../src/graph/cypher.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { fixture } from './api-fixture.ts';
import { closeApp, gql, openApp } from './api-helpers.ts';
import { stats } from './support.ts';

let driver: Driver;
let app: App;

beforeAll(async () => {
  ({ driver, app } = await openApp((d) => loadExtraction(d, fixture), { apiToken: 'test-token' }));
});

afterAll(() => closeApp({ driver, app }));

describe('limits', () => {
  it('refuses a 12-deep query before running it', async () => {
    const deep = '{ entity(id: "p:wcf") { ... on Person { events { edges { node { attendees { ... on Person { events { edges { node { attendees { ... on Person { events { edges { node { name } } } } } } } } } } } } } } } }';
    const names: string[] = [];
    const stop = observeStatements((name) => names.push(name));
    const { data, errors } = await gql(app, deep);
    stop();
    expect(data).toBeUndefined();
    expect(errors?.[0]?.message).toMatch(/Query depth limit of 10 exceeded, found 1[2-9]/);
    expect(names).toEqual([]);
  });

  it('refuses alias floods', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: entity(id: "p:wcf") { name }`).join(' ');
    const { errors } = await gql(app, `{ ${aliases} }`);
    expect(errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded/);
  });

  it('caps first at 100 (larger pages are served capped and priced capped), and refuses costly nesting', async () => {
    const capped = await gql(app, '{ search(text: "龙岗", first: 300) { edges { node { id } } } }');
    expect(capped.errors).toBeUndefined();
    expect(capped.data?.search.edges.length).toBeGreaterThan(0);
    const absurd = await gql(app, '{ search(text: "龙岗", first: 100000) { edges { node { id } } } }');
    expect(absurd.errors).toBeUndefined();
    const nested = await gql(
      app,
      // first: 100 nested three deep, within the depth limit
      '{ search(text: "龙岗", first: 100) { edges { node { ... on Person { coAttendees(first: 100) { events(first: 100) { name } } } } } } }',
    );
    expect(nested.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(nested.errors?.[0]?.message).toMatch(/^query cost \d+ is over the limit of 50000/);
  });

  it('treats injection strings as plain values: nothing found, nothing changed', async () => {
    const before = await stats(driver);
    const attacks = [
      '王策飞"}) MATCH (n) DETACH DELETE n //',
      "' OR 1=1 //",
      '王策飞\') DETACH DELETE n RETURN 1 //',
      'x} RETURN 1 UNION MATCH (n) DETACH DELETE n //',
    ];
    for (const attack of attacks) {
      const variables = { text: attack };
      const co = await gql(app, 'query($text: String!) { coAttendees(name: $text) { count } }', variables);
      expect(co.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const search = await gql(app, 'query($text: String!) { search(text: $text) { edges { node { id } } } }', variables);
      expect(search.errors).toBeUndefined();
      const events = await gql(app, 'query($text: String!) { events(district: $text) { edges { node { id } } } }', variables);
      expect(events.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const lucene = await gql(app, '{ search(text: "龙岗 AND (x:y* OR ~\\"") { edges { node { name } } } }');
    expect(lucene.errors).toBeUndefined();
    expect(await stats(driver)).toEqual(before);
  });
});

describe('ingestArticles', () => {
  const mutation = 'mutation($docs: [DocumentInput!]!) { ingestArticles(documents: $docs) { articles { id source } } }';
  const docs = [{ source: 'api-test.txt', text: '本报讯（龙岗融媒记者 李虹莹）3月27日，龙岗区政协党组书记、主席唐向群主持召开党组会议。' }];

  it('is refused without a token, with a wrong one, and when the server has none', async () => {
    const before = await stats(driver);
    const none = await gql(app, mutation, { docs });
    expect(none.errors?.[0]).toMatchObject({
      message: 'ingestArticles refused: missing "Authorization: Bearer <token>" header',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const wrong = await gql(app, mutation, { docs }, { authorization: 'Bearer nope' });
    expect(wrong.errors?.[0]?.message).toBe('ingestArticles refused: invalid bearer token');
    const unconfigured = createApp({ driver, logger: pino({ level: 'silent' }), apiToken: '' });
    try {
      const refused = await gql(unconfigured, mutation, { docs }, { authorization: 'Bearer test-token' });
      expect(refused.errors?.[0]?.message).toMatch(/no KG_API_TOKEN configured/);
    } finally {
      unconfigured.close();
    }
    expect(await stats(driver)).toEqual(before);
  });

  it('refuses an empty text naming it, and stores nothing', async () => {
    const before = await stats(driver);
    const { errors } = await gql(app, mutation, { docs: [...docs, { source: 'empty.txt', text: '  ' }] }, { authorization: 'Bearer test-token' });
    expect(errors?.[0]?.message).toBe('documents[1].text: is empty (source "empty.txt")');
    expect(await stats(driver)).toEqual(before);
  });

  it('runs the real extractor and loader with the token, and the article is then served', async () => {
    const { data, errors } = await gql(app, mutation, { docs }, { authorization: 'Bearer test-token' });
    expect(errors).toBeUndefined();
    const [article] = data?.ingestArticles.articles;
    expect(article.source).toBe('api-test.txt');
    const served = await gql(app, 'query($id: ID!) { article(id: $id) { source } }', { id: article.id });
    expect(served.data?.article).toEqual({ source: 'api-test.txt' });
  });
});
