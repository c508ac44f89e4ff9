// graphql-jit (plugins/jit.ts) must not change an answer: every kind of question, fragment, abstract type,
// argument error and federation field is asked of two apps over the same graph — one executing with
// graphql-jit, one with graphql-js — and the responses must be the same: byte for byte, except that with
// fragments graphql-jit may give an object's keys in another order (then the same JSON values).
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/api/app.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { fixture } from './api-fixture.ts';
import { closeApp, openApp } from './api-helpers.ts';

let driver: Driver;
let jit: App;
let plain: App;

beforeAll(async () => {
  // A long statement timeout: a new statement's first planning took over 10 s on the loaded 2-core machine,
  // and this file compares answers, not times.
  ({ driver, app: jit } = await openApp((d) => loadExtraction(d, fixture), { jit: true, queryTimeoutMs: 120_000 }));
  plain = createApp({ driver, logger: pino({ level: 'silent' }), jit: false, queryTimeoutMs: 120_000 });
});

afterAll(async () => {
  plain.close();
  await closeApp({ driver, app: jit });
});

async function ask(app: App, query: string, variables: Record<string, unknown>): Promise<{ status: number; text: string }> {
  const response = await app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text() };
}

const entityFields = 'id name aliases __typename articles { id title date source span reporters { name } }';
// [label, query, variables, whether the answer is data (true) or an error (false)]
const cases: [string, string, Record<string, unknown>, boolean][] = [
  ['coAttendees by name', 'query($n:String!){coAttendees(name:$n,first:20){count person{id name} events(first:20){id name date}}}', { n: '王策飞' }, true],
  ['coAttendees in a range', '{ coAttendees(name: "王策飞", from: "2026-03-21", to: "2026-12-31") { count person { name posts { title body { name } from to } } } }', {}, true],
  ['coAttendees of nobody', '{ coAttendees(name: "无此人") { count } }', {}, false],
  ['a date that does not exist', '{ coAttendees(name: "王策飞", from: "2026-13-45") { count } }', {}, false],
  ['path with evidence', 'query($a:String!,$b:String!){path(from:$a,to:$b,maxLength:6){length nodes{id name __typename} hops{relation forward title evidenceCount evidence(first:1){sentence article{id title}} from{name} to{name}}}}', { a: '唐向群', b: '蓝贤林' }, true],
  ['search with a connection', 'query($t:String!){search(text:$t,first:3){edges{score cursor node{id name __typename}} pageInfo{hasNextPage endCursor}}}', { t: '龙岗' }, true],
  ['search, a variable of the wrong type', 'query($t:String!){search(text:$t){edges{node{id}}}}', { t: 5 }, false],
  ['neighbors depth 2', '{ neighbors(id: "王策飞", depth: 2, first: 50) { edges { distance node { id name } } } }', {}, true],
  ['entity with fragments on each type', `{ a: entity(id: "龙岗") { ...E ... on District { members { title person { name } } parts { name } partOf { name } pairedWith { name } eventsHeld { edges { node { name kind place { name } } } } } }
     b: entity(id: "e:lxhy") { ...E ... on Event { date kind attendees { name } chairs { name } participants { role entity { name } evidence { sentence } } sources { sentences article { id } } } }
     c: entity(id: "王策飞") { ...E ... on Person { posts { title from to } reported { id } events { edges { node { name } } } coAttendees(first: 2) { count person { name } } } } }
     fragment E on Entity { ${entityFields} relations { type title from { name } to { name } evidence { sentence } } }`, {}, true],
  ['holders', '{ holders(body: "龙岗区") { title from to person { name } body { name } evidence { sentence } } }', {}, true],
  ['events, signatories, pairings', '{ events(district: "龙岗区", first: 5) { edges { node { id name date kind } } } signatories(event: "e:qy") { role entity { name } } pairings { parties { name } evidence { sentence } } }', {}, true],
  ['graph', '{ graph(center: "王策飞", depth: 1) { truncated nodes { id } edges { id } } }', {}, true],
  ['an article and nothing', '{ article(id: "a:fx1") { id title span reporters { name } } entity(id: "无此人") { id } }', {}, true],
  ['a field that does not exist', '{ entity(id: "x") { nosuch } }', {}, false],
  ['first over the cap (capped)', '{ search(text: "龙岗", first: 1000) { edges { node { id } } } }', {}, true],
  ['a negative first', '{ search(text: "龙岗", first: -1) { edges { node { id } } } }', {}, false],
  ['an error beside data, in a fragment', '{ ok: entity(id: "王策飞") { name } ...Q } fragment Q on Query { coAttendees(name: "王策飞", to: "2026-02-30") { count } }', {}, false],
  ['federation', '{ _service { sdl } _entities(representations: [{ __typename: "Person", id: "p:wcf" }, { __typename: "Article", id: "a:fx1" }]) { ... on Person { name } ... on Article { title } } }', {}, true],
  ['introspection', '{ __schema { queryType { name } types { name kind } } __type(name: "Hop") { fields { name args { name defaultValue } } } }', {}, true],
  ['a mutation without the token', 'mutation { ingestArticles(documents: [{ source: "x.txt", text: "王策飞出席会议。" }]) { entityCount } }', {}, false],
];

describe('graphql-jit answers as graphql-js does', () => {
  it.each(cases)('%s', async (_label, query, variables, isData) => {
    const [a, b] = [await ask(jit, query, variables), await ask(plain, query, variables)];
    expect(a.status).toBe(b.status);
    if (query.includes('...')) expect(JSON.parse(a.text)).toEqual(JSON.parse(b.text));
    else expect(a.text).toBe(b.text);
    const body = JSON.parse(a.text) as { data?: unknown; errors?: unknown[] };
    // Each case asks what it says it asks: an answer, or an error.
    expect(body.errors === undefined).toBe(isData);
  });
});
