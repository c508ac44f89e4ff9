// The API on the sample articles, ingested by the real pipeline (decode → extract → load).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app.ts';
import { exampleQueries } from '../../src/api/playground.ts';
import { closeApp, gql, openApp } from './api-helpers.ts';
import { ingestSamples } from './support.ts';

let driver: Driver;
let app: App;

beforeAll(async () => {
  ({ driver, app } = await openApp(async (d) => expect((await ingestSamples(d)).failures).toEqual([])));
});

afterAll(() => closeApp({ driver, app }));

describe('on the sample articles', () => {
  it('answers who attended with 王策飞: the six people, each with the shared event', async () => {
    const { data, errors } = await gql(app, '{ coAttendees(name: "王策飞") { person { name } events { name date } } }');
    expect(errors).toBeUndefined();
    const rows = data?.coAttendees as { person: { name: string }; events: { name: string; date: string | null }[] }[];
    expect(rows.map((r) => r.person.name).sort()).toEqual(['廖永强', '徐红丽', '罗俊腾', '蓝贤林', '钟平', '高磊'].sort());
    const shared = rows[0]?.events[0];
    expect(shared?.name).toMatch(/联席会议/);
    expect(shared?.date).toBe('2026-03-27');
    for (const row of rows) expect(row.events).toEqual([shared]);
  });

  it('resolves 龙岗 to 龙岗区', async () => {
    const { data } = await gql(app, '{ search(text: "龙岗", types: [District], first: 1) { edges { node { name } } } entity: graph(center: "龙岗", depth: 0) { nodes { label type } } }');
    expect(data?.search.edges[0].node.name).toBe('龙岗区');
    expect(data?.entity.nodes).toEqual([{ label: '龙岗区', type: 'District' }]);
  });

  it('connects 王策飞 and 蓝贤林 with evidence from the article', async () => {
    const { data } = await gql(app, '{ path(from: "王策飞", to: "蓝贤林") { length hops { evidence { sentence article { source } } } } }');
    expect(data?.path.length).toBeGreaterThan(0);
    for (const hop of data?.path.hops) {
      expect(hop.evidence.length).toBeGreaterThan(0);
      expect(hop.evidence[0].article.source).toMatch(/000_b4ee6fcf032a94f8\.txt$/);
    }
  });

  it('answers every playground example without errors, and each answers something', async () => {
    for (const [name, query] of Object.entries(exampleQueries)) {
      const { data, errors } = await gql(app, query);
      expect(errors, name).toBeUndefined();
      const [answer] = Object.values(data ?? {});
      expect(Array.isArray(answer) ? answer.length : answer, name).toBeTruthy();
    }
  });

  it('gives 王策飞\'s post a date and finds him as 区长 of 龙岗区 on it', async () => {
    const { data, errors } = await gql(app, '{ holders(body: "龙岗区", title: "区长", at: "2026-03-27") { person { name } from to } }');
    expect(errors).toBeUndefined();
    expect(data?.holders).toEqual([{ person: { name: '王策飞' }, from: '2026-03-27', to: '2026-03-27' }]);
  });
});
