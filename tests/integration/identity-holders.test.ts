// holders(at) across one place's seat written two ways, against the run's real Neo4j: a paper files a 县委书记
// under 永清县委 when the article names the 县委 (its standing committee met) and under 永清县 when it does not
// (a work meeting), so one seat is stored at two bodies. Made-up articles (people and meetings are fixtures, not
// news) go in through ingestArticles; holders(body: "永清县", title: "县委书记", at) must follow the succession
// from 林志远 to 周文彬 across both bodies (keyed by body, 林志远's 永清县 row ran on to 周文彬's next 永清县 row).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app.ts';
import { closeApp, gql, openAppIngested } from './api-helpers.ts';

const standingCommittee = (day: string, secretary: string) => `永清县召开县委常委会（扩大）会议

本报讯（记者 方晓）${day}，永清县委常委会（扩大）会议召开，县委书记${secretary}主持会议并讲话，县委副书记、县长韩立成出席会议。
会议强调，要扎实推进各项重点工作。
`;
const workMeeting = (day: string, secretary: string) => `永清县召开招商引资工作推进会

本报讯（记者 方晓）${day}，永清县招商引资工作推进会召开，县委书记${secretary}主持会议并讲话，县委副书记、县长韩立成出席会议。
会议要求，要持续优化营商环境。
`;

// 林志远 first at the 县委 (2021-03-01), then at the county (2021-05-01); 周文彬 from 2021-06-01 (县委) and at the
// county in 2022: two bodies, one seat.
const documents = [
  { source: 'yq-committee-1.txt', date: '2021-03-01', text: standingCommittee('3月1日', '林志远') },
  { source: 'yq-work-1.txt', date: '2021-05-01', text: workMeeting('5月1日', '林志远') },
  { source: 'yq-committee-2.txt', date: '2021-06-01', text: standingCommittee('6月1日', '周文彬') },
  { source: 'yq-work-2.txt', date: '2022-01-10', text: workMeeting('1月10日', '周文彬') },
];

let driver: Driver;
let app: App;

interface Held {
  person: { name: string };
  title: string;
  body: { name: string };
  from: string;
  to: string;
}

async function holders(body: string, at: string | null): Promise<Held[]> {
  const { data, errors } = await gql(
    app,
    `query($body: String!, $at: String) { holders(body: $body, title: "县委书记", at: $at) { person { name } title body { name } from to } }`,
    { body, at },
  );
  expect(errors).toBeUndefined();
  return data!.holders as Held[];
}

const names = (held: Held[]) => [...new Set(held.map((h) => h.person.name))].sort();

beforeAll(async () => {
  ({ driver, app } = await openAppIngested(documents));
});

afterAll(() => closeApp({ driver, app }));

describe('holders(at) across a place\'s 县 and 县委 bodies', () => {
  it('stores the seat at both bodies (what makes the case)', async () => {
    const rows = await holders('永清县', null);
    expect([...new Set(rows.map((h) => `${h.person.name}@${h.body.name}`))].sort()).toEqual(['周文彬@永清县', '周文彬@永清县委', '林志远@永清县', '林志远@永清县委']);
  });

  it('ends the first holder\'s tenure at both bodies when the next holder is first seen at either', async () => {
    for (const h of (await holders('永清县', null)).filter((x) => x.person.name === '林志远')) expect(h.to, h.body.name).toBe('2021-06-01');
    expect(names(await holders('永清县', '2021-04-15'))).toEqual(['林志远']);
    expect(names(await holders('永清县', '2021-09-01'))).toEqual(['周文彬']);
    expect(names(await holders('永清县', '2022-01-10'))).toEqual(['周文彬']);
  });

  it('keeps the last holder in the seat until his last sighting at either body', async () => {
    for (const h of (await holders('永清县', null)).filter((x) => x.person.name === '周文彬')) expect(h.to, h.body.name).toBe('2022-01-10');
    expect(await holders('永清县', '2022-02-01')).toEqual([]);
  });
});
