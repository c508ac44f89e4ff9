// Posts over time, holders(), date-limited co-attendees, namesakes and the argument checks, through the
// GraphQL API against the real Neo4j on a hand-made extraction loaded by the real loader.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app.ts';
import { loadExtraction, retractArticles } from '../../src/graph/load.ts';
import { closeApp, gql, openApp } from './api-helpers.ts';
import { timeFixture } from './api-time-fixture.ts';

let driver: Driver;
let app: App;

beforeAll(async () => {
  ({ driver, app } = await openApp((d) => loadExtraction(d, timeFixture), { apiToken: 'test-token' }));
});

afterAll(() => closeApp({ driver, app }));

type Held = { person: { id: string; name: string }; title: string; body: { name: string }; from: string | null; to: string | null };
const brief = (rows: Held[]) => rows.map((r) => `${r.person.name}|${r.title}|${r.body.name}|${r.from}|${r.to}`);
const HELD = 'person { id name } title body { name } from to';

async function holders(args: string): Promise<string[]> {
  const { data, errors } = await gql(app, `{ holders(${args}) { ${HELD} } }`);
  expect(errors).toBeUndefined();
  return brief(data?.holders as Held[]);
}

describe('holders(body, title, at)', () => {
  it('follows the succession of 区委书记 across articles of different dates', async () => {
    const asked = (at: string) => holders(`body: "坪山区", title: "区委书记", at: "${at}"`);
    expect(await asked('2022-06-01')).toEqual(['李建国|坪山区委书记|坪山区委|2021-03-01|2023-06-01']);
    expect(await asked('2024-01-01')).toEqual(['张明|区委书记|坪山区委|2023-06-01|2025-02-01']);
    expect(await asked('2020-01-01')).toEqual([]);
    expect(await asked('2026-01-01')).toEqual([]);
  });

  it('lets deputies serve side by side: a multi-seat post ends at its last sighting', async () => {
    expect(await holders('body: "坪山区", title: "副区长", at: "2022-01-10"')).toEqual([
      '赵丽|副区长|坪山区人民政府|2021-03-01|2025-02-01',
      '钱进|副区长|坪山区人民政府|2022-01-10|2022-01-10',
    ]);
    expect(await holders('body: "坪山区", title: "副区长", at: "2023-01-01"')).toEqual(['赵丽|副区长|坪山区人民政府|2021-03-01|2025-02-01']);
  });

  it('covers the parts of a body and bodies named after it, and no other district', async () => {
    const all = await holders('body: "坪山区"');
    expect(all.map((row) => row.split('|').slice(0, 3).join('|')).sort()).toEqual(
      ['李建国|坪山区委书记|坪山区委', '张明|区委书记|坪山区委', '赵丽|区委副书记|坪山区委', '王强|区长|坪山区人民政府',
        '赵丽|副区长|坪山区人民政府', '钱进|副区长|坪山区人民政府'].sort(),
    );
    expect(await holders('body: "罗湖区"')).toEqual(['李建国|副区长|罗湖区人民政府|2021-05-01|2021-05-01']);
  });

  it('matches a title written with its body before it, never a deputy of it', async () => {
    const secretaries = await holders('body: "坪山区", title: "书记"');
    expect(secretaries.map((row) => row.split('|')[0])).toEqual(['李建国', '张明']);
  });

  it('gives an undated post no from or to, so no date finds it', async () => {
    expect(await holders('body: "坪山区委", title: "区委副书记"')).toEqual(['赵丽|区委副书记|坪山区委|null|null']);
    expect(await holders('body: "坪山区委", title: "区委副书记", at: "2022-01-10"')).toEqual([]);
  });
});

describe('Position from/to on posts and members', () => {
  it('gives a person\'s posts and a body\'s members with when they were held, earliest first', async () => {
    const { data, errors } = await gql(app, `{
      li: entity(id: "p:ljg-ps") { ... on Person { posts { ${HELD} evidence { sentence article { date } } } } }
      body: entity(id: "o:psqw") { ... on Organization { members { ${HELD} } } }
    }`);
    expect(errors).toBeUndefined();
    expect(brief(data?.li.posts)).toEqual(['李建国|坪山区委书记|坪山区委|2021-03-01|2023-06-01']);
    expect(data?.li.posts[0].evidence.map((e: any) => e.article.date).sort()).toEqual(['2021-03-01', '2022-01-10']);
    expect(brief(data?.body.members)).toEqual([
      '李建国|坪山区委书记|坪山区委|2021-03-01|2023-06-01',
      '张明|区委书记|坪山区委|2023-06-01|2025-02-01',
      '赵丽|区委副书记|坪山区委|null|null',
    ]);
  });
});

describe('coAttendees from/to', () => {
  it('counts only the events dated in the range, leaving undated ones out', async () => {
    const query = (range: string) => `{ coAttendees(name: "p:ljg-ps"${range}) { person { name } count events { name } } }`;
    const all = await gql(app, query(''));
    expect(all.data?.coAttendees.map((r: any) => `${r.person.name}:${r.count}`).sort()).toEqual(['王强:2', '赵丽:2']);
    const since = await gql(app, query(', from: "2022-01-01"'));
    expect(since.errors).toBeUndefined();
    expect(since.data?.coAttendees).toEqual([{ person: { name: '王强' }, count: 1, events: [{ name: '坪山区招商推介会' }] }]);
    const until = await gql(app, query(', to: "2021-12-31"'));
    expect(until.data?.coAttendees.map((r: any) => `${r.person.name}:${r.count}`).sort()).toEqual(['王强:1', '赵丽:1']);
  });

  it('limits Person.coAttendees the same way', async () => {
    const { data, errors } = await gql(app, '{ entity(id: "p:wq") { ... on Person { coAttendees(from: "2023-01-01", to: "2023-12-31") { person { name } count } } } }');
    expect(errors).toBeUndefined();
    expect(data?.entity.coAttendees).toEqual([{ person: { name: '张明' }, count: 1 }]);
  });
});

describe('namesakes and references', () => {
  it('answers AMBIGUOUS for a name two people carry, listing each with its post and place', async () => {
    const { data, errors } = await gql(app, '{ coAttendees(name: "李建国") { person { name } } }');
    expect(data).toBeNull();
    const error = errors?.[0] as { message: string; extensions: { code: string; candidates: { id: string; posts: { title: string; body: string }[]; places: string[] }[] } };
    expect(error.extensions.code).toBe('AMBIGUOUS');
    expect(error.message).toMatch(/^name: "李建国" fits 2 people; give one of their ids instead: /);
    const candidates = [...error.extensions.candidates].sort((a, b) => a.id.localeCompare(b.id));
    expect(candidates).toEqual([
      { id: 'p:ljg-lh', name: '李建国', posts: [{ title: '副区长', body: '罗湖区人民政府' }], places: ['罗湖区'] },
      { id: 'p:ljg-ps', name: '李建国', posts: [{ title: '坪山区委书记', body: '坪山区委' }], places: ['坪山区'] },
    ]);
    expect(error.message).toContain('p:ljg-ps (坪山区委书记 at 坪山区委, 坪山区)');
  });

  it('answers ids always, and entity(id:) by name or alias as every argument does', async () => {
    const { data, errors } = await gql(app, '{ a: entity(id: "p:ljg-lh") { name } b: entity(id: "张明") { id } c: entity(id: "没有这个人") { id } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ a: { name: '李建国' }, b: { id: 'p:zm' }, c: null });
    const twice = await gql(app, '{ entity(id: "李建国") { id } }');
    expect(twice.errors?.[0]?.extensions?.code).toBe('AMBIGUOUS');
    expect(twice.errors?.[0]?.message).toMatch(/^id: "李建国" fits 2 people/);
  });
});

describe('search by one character and by traditional script', () => {
  it('finds names that contain one character, wherever it stands in the name', async () => {
    const names = async (text: string) =>
      ((await gql(app, `{ search(text: "${text}", first: 50) { edges { node { name } } } }`)).data?.search.edges ?? []).map((e: any) => e.node.name).sort();
    expect(await names('坪')).toEqual(expect.arrayContaining(['坪山区', '坪山区委', '坪山区人民政府']));
    expect(await names('岗')).toEqual(['龙岗区']);
    expect(await names('龙')).toEqual(['龙岗区']);
    expect(await names('龍崗')).toEqual(['龙岗区']);
    expect(await names('羅湖')).toEqual(expect.arrayContaining(['罗湖区', '罗湖区人民政府']));
  });
});

describe('dates are checked on the calendar', () => {
  it('refuses a date that does not exist, naming the argument', async () => {
    const cases: [string, string][] = [
      ['{ coAttendees(name: "p:wq", from: "2026-13-45") { count } }', 'from: "2026-13-45" is not a date on the calendar'],
      ['{ holders(body: "坪山区", at: "2025-02-29") { title } }', 'at: "2025-02-29" is not a date on the calendar'],
      ['{ holders(body: "坪山区", at: "2026/03/26") { title } }', 'at: "2026/03/26" is not an ISO date (YYYY-MM-DD)'],
      ['{ events(to: "2026-04-31") { edges { node { name } } } }', 'to: "2026-04-31" is not a date on the calendar'],
      ['{ coAttendees(name: "p:wq", from: "2024-01-01", to: "2023-01-01") { count } }', 'from: 2024-01-01 is after to (2023-01-01)'],
    ];
    for (const [query, message] of cases) {
      const { errors } = await gql(app, query);
      expect(errors?.[0]?.message, query).toBe(message);
      expect(errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
    expect((await gql(app, '{ holders(body: "坪山区", at: "2024-02-29") { title } }')).errors).toBeUndefined();
  });
});

describe('exact under retraction', () => {
  it('recomputes from and to from the articles left', async () => {
    await retractArticles(driver, ['a:t5']);
    expect(await holders('body: "坪山区", title: "区委书记"')).toEqual([
      '李建国|坪山区委书记|坪山区委|2021-03-01|2023-06-01',
      '张明|区委书记|坪山区委|2023-06-01|2023-06-01',
    ]);
    expect(await holders('body: "坪山区", title: "副区长", at: "2023-01-01"')).toEqual([]);
  });
});

describe('end to end through the ingest use case (the extractor and loader of kg ingest)', () => {
  const text = (day: string, secretary: string, meeting: string) =>
    `光明区召开${meeting}\n\n本报讯（记者 陈一）${day}，光明区委书记${secretary}主持召开${meeting}，区委副书记、区长周强出席。\n`;

  it('follows the succession in 光明区 and limits co-attendance by date', async () => {
    const ingest = await gql(
      app,
      'mutation($documents: [DocumentInput!]!) { ingestArticles(documents: $documents) { articles { date } } }',
      {
        documents: [
          { source: 'gm-2021.txt', text: text('3月5日', '李建国', '区委常委会会议'), date: '2021-03-05' },
          { source: 'gm-2023.txt', text: text('6月1日', '张明', '区委常委会会议'), date: '2023-06-01' },
        ],
      },
      { authorization: 'Bearer test-token' },
    );
    expect(ingest.errors).toBeUndefined();
    const secretary = async (at: string) =>
      ((await gql(app, `{ holders(body: "光明区", title: "区委书记", at: "${at}") { person { name } from to } }`)).data?.holders);
    expect(await secretary('2022-01-01')).toEqual([{ person: { name: '李建国' }, from: '2021-03-05', to: '2023-06-01' }]);
    expect(await secretary('2024-06-01')).toEqual([]);
    expect(await secretary('2023-06-01')).toContainEqual({ person: { name: '张明' }, from: '2023-06-01', to: '2023-06-01' });
    const mayor = await gql(app, '{ holders(body: "光明区", title: "区长", at: "2022-01-01") { person { name } from to } }');
    expect(mayor.data?.holders).toEqual([{ person: { name: '周强' }, from: '2021-03-05', to: '2023-06-01' }]);
    const all = await gql(app, '{ coAttendees(name: "周强") { person { name } } }');
    expect(all.data?.coAttendees.map((r: any) => r.person.name).sort()).toEqual(['张明', '李建国'].sort());
    const later = await gql(app, '{ coAttendees(name: "周强", from: "2022-01-01") { person { name } } }');
    expect(later.data?.coAttendees.map((r: any) => r.person.name)).toEqual(['张明']);
  });
});
