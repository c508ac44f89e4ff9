// coAttendees over a date range (the store and its loader; the API argument is wired by the resolvers), and
// the shared events' default page arriving with the co-attendees: no second statement for them.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app.ts';
import { createLoaders } from '../../src/api/loaders.ts';
import type { DateRange } from '../../src/api/store.ts';
import type { Extraction } from '../../src/extract/format.ts';
import { observeStatements } from '../../src/graph/cypher.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { fixture } from './api-fixture.ts';
import { closeApp, gql, openApp } from './api-helpers.ts';

// The fixture plus an undated event that 王策飞 and 蓝贤林 both attended.
const withUndated: Extraction = {
  ...fixture,
  entities: [...fixture.entities, { id: 'e:undated', type: 'Event', name: '王策飞与蓝贤林座谈', aliases: [], articles: ['a:fx4'] }],
  relations: [
    ...fixture.relations,
    ...['p:wcf', 'p:lxl'].map((from) => ({ type: 'ATTENDED' as const, from, to: 'e:undated', article: 'a:fx4', evidence: '王策飞率队赴寻乌县考察，蓝贤林陪同。' })),
  ],
};

let driver: Driver;
let app: App;

beforeAll(async () => {
  ({ driver, app } = await openApp((d) => loadExtraction(d, withUndated)));
});

afterAll(() => closeApp({ driver, app }));

async function shared(range?: DateRange): Promise<Record<string, { count: number; events: string[] }>> {
  const rows = (await app.store.coAttendees(['p:wcf'], 20, range)).get('p:wcf') ?? [];
  return Object.fromEntries(rows.map((row) => [row.person.name, { count: row.count, events: row.eventIds }]));
}

describe('coAttendees over a date range', () => {
  it('counts every shared event without a range, undated ones last', async () => {
    const all = await shared();
    expect(all['蓝贤林']).toEqual({ count: 3, events: ['e:lxhy', 'e:kc', 'e:undated'] });
    expect(all['高磊']).toEqual({ count: 1, events: ['e:lxhy'] });
  });

  it('keeps only events dated within the range, both bounds inclusive, and drops undated ones', async () => {
    expect(await shared({ from: '2026-03-21' })).toEqual({
      蓝贤林: { count: 1, events: ['e:lxhy'] },
      徐红丽: { count: 1, events: ['e:lxhy'] },
      罗俊腾: { count: 1, events: ['e:lxhy'] },
      钟平: { count: 1, events: ['e:lxhy'] },
      廖永强: { count: 1, events: ['e:lxhy'] },
      高磊: { count: 1, events: ['e:lxhy'] },
    });
    expect(await shared({ to: '2026-03-20' })).toEqual({ 蓝贤林: { count: 1, events: ['e:kc'] } });
    expect(await shared({ from: '2026-03-20', to: '2026-03-20' })).toEqual({ 蓝贤林: { count: 1, events: ['e:kc'] } });
    expect(await shared({ from: '2026-03-28' })).toEqual({});
    expect(await shared({ from: null, to: null })).toEqual(await shared());
  });

  it('answers different ranges in one request apart: the loader key carries the range', async () => {
    const loaders = createLoaders(app.store);
    const [all, late] = await Promise.all([
      loaders.coAttendees.load({ id: 'p:wcf', first: 20 }),
      loaders.coAttendees.load({ id: 'p:wcf', first: 20, from: '2026-03-21', to: null }),
    ]);
    expect(all.find((row) => row.person.name === '蓝贤林')?.count).toBe(3);
    expect(late.find((row) => row.person.name === '蓝贤林')?.count).toBe(1);
  });
});

describe('coAttendees and their shared events', () => {
  it('sends the default page of shared events with the co-attendees: one statement in all, the name resolved inside the ranking', async () => {
    const names: string[] = [];
    const stop = observeStatements((name) => names.push(name));
    try {
      const { data, errors } = await gql(app, '{ coAttendees(name: "王策飞") { person { name } count events { id name date } } }');
      expect(errors).toBeUndefined();
      const rows = data?.coAttendees as { person: { name: string }; count: number; events: { id: string; date: string | null }[] }[];
      expect(rows[0]?.events).toEqual([
        { id: 'e:lxhy', name: '2026年龙岗区·寻乌县支援合作联席会议', date: '2026-03-27' },
        { id: 'e:kc', name: '王策飞赴寻乌县考察', date: '2026-03-20' },
        { id: 'e:undated', name: '王策飞与蓝贤林座谈', date: null },
      ]);
    } finally {
      stop();
    }
    expect(names).toEqual(['api-co-attendees']);
  });
});
