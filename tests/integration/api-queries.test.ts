// The GraphQL API against the real Neo4j, on a hand-made extraction loaded by the real loader: what each query
// answers, and how many statements a nested one runs. What the API refuses, and ingestArticles: api-guards.test.ts.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app.ts';
import { observeStatements } from '../../src/graph/cypher.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { fixture } from './api-fixture.ts';
import { closeApp, gql, openApp } from './api-helpers.ts';

let driver: Driver;
let app: App;

beforeAll(async () => {
  ({ driver, app } = await openApp((d) => loadExtraction(d, fixture)));
});

afterAll(() => closeApp({ driver, app }));

describe('coAttendees', () => {
  it('lists who took part in events with the person, most shared events first, with those events', async () => {
    const { data, errors } = await gql(app, '{ coAttendees(name: "王策飞") { person { name } events { name date } count } }');
    expect(errors).toBeUndefined();
    const rows = data?.coAttendees as { person: { name: string }; events: { name: string; date: string }[]; count: number }[];
    expect(rows[0]).toEqual({
      person: { name: '蓝贤林' },
      events: [
        { name: '2026年龙岗区·寻乌县支援合作联席会议', date: '2026-03-27' },
        { name: '王策飞赴寻乌县考察', date: '2026-03-20' },
      ],
      count: 2,
    });
    expect(rows.slice(1).map((r) => r.person.name).sort()).toEqual(['廖永强', '徐红丽', '罗俊腾', '钟平', '高磊'].sort());
    for (const row of rows.slice(1)) {
      expect(row.events).toEqual([{ name: '2026年龙岗区·寻乌县支援合作联席会议', date: '2026-03-27' }]);
      expect(row.count).toBe(1);
    }
  });

  it('counts chairing and leading as taking part, and honours first', async () => {
    const { data } = await gql(app, '{ coAttendees(name: "刘峰") { person { name } } one: coAttendees(name: "王策飞", first: 1) { person { name } } }');
    expect(data?.coAttendees).toEqual([{ person: { name: '唐向群' } }]);
    expect(data?.one).toEqual([{ person: { name: '蓝贤林' } }]);
  });

  it('pages the shared events: the newest first, while count keeps them all', async () => {
    const { data, errors } = await gql(app, '{ coAttendees(name: "王策飞", first: 1) { count events(first: 1) { name } } }');
    expect(errors).toBeUndefined();
    expect(data?.coAttendees).toEqual([{ count: 2, events: [{ name: '2026年龙岗区·寻乌县支援合作联席会议' }] }]);
  });

  it('names the argument when nobody has that name', async () => {
    const { data, errors } = await gql(app, '{ coAttendees(name: "不存在的人") { person { name } } }');
    expect(data).toBeNull();
    expect(errors?.[0]?.message).toBe('name: no Person with id, name or alias "不存在的人"');
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('names resolve through aliases', () => {
  it('finds 龙岗区 from 龙岗, and its events including those held in its sub-districts', async () => {
    const { data, errors } = await gql(app, '{ events(district: "龙岗") { edges { node { name kind place { name } } } } }');
    expect(errors).toBeUndefined();
    expect(data?.events.edges.map((e: any) => e.node)).toEqual([
      { name: '2026年龙岗区·寻乌县支援合作联席会议', kind: 'meeting', place: { name: '龙岗区' } },
      { name: '低空技术检测认证合作框架协议签署', kind: 'signing', place: { name: '坂田街道' } },
    ]);
  });

  it('filters events by date range and kind', async () => {
    const { data } = await gql(app, '{ a: events(from: "2026-03-21", to: "2026-03-26") { edges { node { name } } } b: events(kind: visit) { edges { node { name } } } }');
    expect(data?.a.edges.map((e: any) => e.node.name)).toEqual(['低空技术检测认证合作框架协议签署']);
    expect(data?.b.edges.map((e: any) => e.node.name)).toEqual(['王策飞赴寻乌县考察']);
    const bad = await gql(app, '{ events(from: "March") { edges { node { name } } } }');
    expect(bad.errors?.[0]?.message).toBe('from: "March" is not an ISO date (YYYY-MM-DD)');
  });

  it('gives pairings of a district named by its short form, with evidence', async () => {
    const { data } = await gql(app, '{ pairings(district: "寻乌") { parties { name } evidence { sentence article { title } } } }');
    expect(data?.pairings).toEqual([
      {
        parties: [{ name: '龙岗区' }, { name: '寻乌县' }],
        evidence: [{ sentence: '龙岗区于2019年与寻乌县建立支援合作关系。', article: { title: '2026年龙岗区·寻乌县支援合作联席会议召开' } }],
      },
    ]);
  });
});

describe('search', () => {
  it('searches names and aliases on the CJK full-text index, filtered by type, paged', async () => {
    const { data } = await gql(app, '{ search(text: "龙岗", types: [District, Organization]) { edges { node { __typename name } } } }');
    const hits = data?.search.edges.map((e: any) => e.node);
    expect(hits[0]).toEqual({ __typename: 'District', name: '龙岗区' });
    expect(hits.map((h: any) => h.name)).toContain('深圳市龙岗区商务局');
    expect(hits.every((h: any) => ['District', 'Organization'].includes(h.__typename))).toBe(true);

    const first = await gql(app, '{ search(text: "龙岗", first: 1) { edges { node { name } } pageInfo { hasNextPage endCursor } } }');
    expect(first.data?.search.pageInfo.hasNextPage).toBe(true);
    const next = await gql(app, 'query($after: String) { search(text: "龙岗", first: 1, after: $after) { edges { node { name } } } }', {
      after: first.data?.search.pageInfo.endCursor,
    });
    expect(next.data?.search.edges[0].node.name).not.toBe(first.data?.search.edges[0].node.name);
  });

  it('finds an entity by an alias only it has', async () => {
    const { data } = await gql(app, '{ search(text: "深信大") { edges { node { name } } } }');
    expect(data?.search.edges[0].node.name).toBe('深圳信息职业技术大学');
  });
});

describe('entities and their relations', () => {
  it('answers entity(id) with a person\'s posts, events and reporting', async () => {
    const { data } = await gql(app, `{
      entity(id: "p:wcf") { __typename name ... on Person {
        posts { title body { name } evidence { sentence } }
        events { edges { node { name } } }
      } }
      reporter: entity(id: "p:nt") { ... on Person { reported { title reporters { name } } } }
    }`);
    expect(data?.entity.__typename).toBe('Person');
    expect(data?.entity.posts.map((p: any) => `${p.title}@${p.body.name}`).sort()).toEqual(['区委副书记@龙岗区', '区长@龙岗区']);
    expect(data?.entity.posts[0].evidence[0].sentence).toContain('王策飞');
    expect(data?.entity.events.edges.map((e: any) => e.node.name)).toEqual(['2026年龙岗区·寻乌县支援合作联席会议', '王策飞赴寻乌县考察']);
    expect(data?.reporter.reported).toEqual([{ title: '2026年龙岗区·寻乌县支援合作联席会议召开', reporters: [{ name: '聂滕' }] }]);
  });

  it('answers an event\'s chairs, leaders, signatories, place, date and source articles with evidence', async () => {
    const { data } = await gql(app, `{
      chaired: entity(id: "e:dzhy") { ... on Event { chairs { name } attendees { name } date } }
      led: entity(id: "e:kc") { ... on Event { leaders { name } place { name } } }
      signed: entity(id: "e:qy") { ... on Event { signatories { name } sources { article { id } sentences } } }
    }`);
    expect(data?.chaired).toEqual({ chairs: [{ name: '唐向群' }], attendees: [{ name: '刘峰' }, { name: '唐向群' }], date: '2026-03-27' });
    expect(data?.led).toEqual({ leaders: [{ name: '王策飞' }], place: { name: '寻乌县' } });
    expect(data?.signed.signatories.map((s: any) => s.name).sort()).toEqual(['德国莱茵TUV', '深圳信息职业技术大学', '深圳市龙岗区商务局'].sort());
    expect(data?.signed.sources).toEqual([{ article: { id: 'a:fx3' }, sentences: [fixture.relations.find((r) => r.type === 'SIGNED')?.evidence] }]);
  });

  it('pages the events a district held and a body signed', async () => {
    const { data } = await gql(app, `{
      district: entity(id: "d:xw") { ... on District { eventsHeld(first: 5) { edges { node { name } } pageInfo { hasNextPage } } } }
      body: entity(id: "o:swj") { ... on Organization { signed { edges { node { kind } } } partOf { name } } }
    }`);
    expect(data?.district.eventsHeld).toEqual({ edges: [{ node: { name: '王策飞赴寻乌县考察' } }], pageInfo: { hasNextPage: false } });
    expect(data?.body).toEqual({ signed: { edges: [{ node: { kind: 'signing' } }] }, partOf: [{ name: '龙岗区' }] });
  });

  it('answers signatories(event) by name, with each party\'s evidence', async () => {
    const { data } = await gql(app, '{ signatories(event: "低空技术检测认证合作框架协议签署") { entity { __typename name } role evidence { article { id } } } }');
    expect(data?.signatories).toHaveLength(3);
    expect(data?.signatories.map((s: any) => s.entity.__typename).sort()).toEqual(['Enterprise', 'Organization', 'Organization']);
    for (const s of data?.signatories) expect(s).toMatchObject({ role: 'SIGNED', evidence: [{ article: { id: 'a:fx3' } }] });
  });
});

describe('neighbors, path, graph', () => {
  it('walks neighbors breadth-first through the given relation types, with distances', async () => {
    const { data } = await gql(app, '{ neighbors(id: "寻乌县", relationTypes: [PAIRED_WITH, PART_OF], depth: 2) { edges { node { name } distance } } }');
    const found = Object.fromEntries(data?.neighbors.edges.map((e: any) => [e.node.name, e.distance]));
    expect(found).toEqual({ 龙岗区: 1, 深圳市: 2, 坂田街道: 2, 深圳市龙岗区商务局: 2, 龙岗区政协: 2 });
    const tooDeep = await gql(app, '{ neighbors(id: "寻乌县", depth: 4) { edges { distance } } }');
    expect(tooDeep.errors?.[0]?.message).toBe('depth: must be between 1 and 3 (got 4)');
  });

  it('pages neighbors with cursors, without repeats or gaps', async () => {
    const all = await gql(app, '{ neighbors(id: "d:lg", depth: 2, first: 100) { edges { node { id } } } }');
    const ids = all.data?.neighbors.edges.map((e: any) => e.node.id) as string[];
    expect(ids.length).toBeGreaterThan(6);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await gql(app, 'query($after: String) { neighbors(id: "d:lg", depth: 2, first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { after });
      paged.push(...page.data.neighbors.edges.map((e: any) => e.node.id));
      if (!page.data.neighbors.pageInfo.hasNextPage) break;
      after = page.data.neighbors.pageInfo.endCursor;
    }
    expect(paged).toEqual(ids);
  });

  it('lists an entity\'s relations of chosen types with their direction', async () => {
    const { data } = await gql(app, '{ entity(id: "d:lg") { relations(types: [PART_OF, PAIRED_WITH]) { type from { name } to { name } } } }');
    const seen = data?.entity.relations.map((r: any) => `${r.from.name} ${r.type} ${r.to.name}`).sort();
    expect(seen).toEqual(['坂田街道 PART_OF 龙岗区', '深圳市龙岗区商务局 PART_OF 龙岗区', '龙岗区 PAIRED_WITH 寻乌县', '龙岗区 PART_OF 深圳市', '龙岗区政协 PART_OF 龙岗区'].sort());
  });

  it('finds the shortest connection with each hop\'s evidence', async () => {
    const { data } = await gql(app, `{ path(from: "徐红丽", to: "深圳") {
      length nodes { name } hops { from { name } relation forward to { name } evidence { sentence article { id } } } } }`);
    expect(data?.path.length).toBe(3);
    expect(data?.path.nodes.map((n: any) => n.name)).toEqual(['徐红丽', '2026年龙岗区·寻乌县支援合作联席会议', '龙岗区', '深圳市']);
    expect(data?.path.hops.map((h: any) => `${h.relation}:${h.forward}`)).toEqual(['ATTENDED:true', 'HELD_IN:true', 'PART_OF:true']);
    for (const hop of data?.path.hops) {
      expect(hop.evidence[0].article.id).toBe('a:fx1');
      expect(hop.evidence[0].sentence.length).toBeGreaterThan(5);
    }
    const reverse = await gql(app, '{ path(from: "深圳市", to: "徐红丽") { hops { relation forward } } }');
    expect(reverse.data?.path.hops[0]).toEqual({ relation: 'PART_OF', forward: false });
  });

  it('returns no path beyond maxLength, and a zero-length one from an entity to itself', async () => {
    const { data } = await gql(app, '{ far: path(from: "徐红丽", to: "深圳市", maxLength: 2) { length } self: path(from: "p:xhl", to: "徐红丽") { length nodes { name } } }');
    expect(data?.far).toBeNull();
    expect(data?.self).toEqual({ length: 0, nodes: [{ name: '徐红丽' }] });
  });

  it('draws an ego network whose edges all join nodes it returns', async () => {
    const { data } = await gql(app, '{ graph(center: "寻乌", depth: 1) { nodes { id label type } edges { source target type label } truncated } }');
    const ids = new Set(data?.graph.nodes.map((n: any) => n.id));
    expect(ids).toEqual(new Set(['d:xw', 'd:lg', 'p:lxl', 'e:kc']));
    for (const edge of data?.graph.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    expect(data?.graph.edges).toContainEqual({ source: 'p:lxl', target: 'd:xw', type: 'HOLDS_POSITION', label: '县委书记' });
    expect(data?.graph.truncated).toBe(false);
  });
});

describe('no N+1', () => {
  // Counts the named statements one query runs.
  async function statementsFor(query: string): Promise<string[]> {
    const names: string[] = [];
    const stop = observeStatements((name) => names.push(name));
    try {
      const { errors } = await gql(app, query);
      expect(errors).toBeUndefined();
    } finally {
      stop();
    }
    return names;
  }

  const nested = (first: number) => `{ events(first: ${first}) { edges { node {
    name attendees { name ... on Person { posts { title body { name } } coAttendees { count } } }
    signatories { name } place { name } sources { article { title } }
  } } } }`;

  it('runs as many statements for four events as for one: one per nesting level and kind of field', async () => {
    const one = await statementsFor(nested(1));
    const four = await statementsFor(nested(4));
    expect(four.sort()).toEqual(one.sort());
    // events; the events' attendees, signatories, place, sources and their article ids; the people's
    // posts and co-attendees; the articles.
    expect(four).toHaveLength(9);
  });
});
