// The co-attendance projection (src/graph/co-attendance.ts): answers read from it equal the answers read from
// the events, it is read only while stamped with the graph's version, and a load makes it stale at once.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app.ts';
import type { Extraction } from '../../src/extract/format.ts';
import { rebuildCoAttendance } from '../../src/graph/co-attendance.ts';
import { write } from '../../src/graph/cypher.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { fixture } from './api-fixture.ts';
import { closeApp, openApp } from './api-helpers.ts';

let driver: Driver;
let app: App;
const people = ['p:wcf', 'p:lxl', 'p:gl', 'p:txq', 'p:lf', 'p:nt'];

beforeAll(async () => {
  ({ driver, app } = await openApp((d) => loadExtraction(d, fixture)));
});

afterAll(() => closeApp({ driver, app }));

const answer = async (first: number, range?: { from?: string | null; to?: string | null }) =>
  Object.fromEntries(await app.store.coAttendees(people, first, range));

// A later article: 王策飞 and 高磊 at one more event.
const later: Extraction = {
  articles: [{ id: 'a:fx9', source: 'fixture-009.txt', span: [0, 100], title: '王策飞调研', date: '2026-04-02' }],
  entities: [
    { id: 'p:wcf', type: 'Person', name: '王策飞', aliases: [], articles: ['a:fx9'] },
    { id: 'p:gl', type: 'Person', name: '高磊', aliases: [], articles: ['a:fx9'] },
    { id: 'e:dy', type: 'Event', name: '王策飞调研', aliases: [], articles: ['a:fx9'], date: '2026-04-02', kind: 'visit' },
  ],
  relations: ['p:wcf', 'p:gl'].map((from) => ({ type: 'ATTENDED' as const, from, to: 'e:dy', article: 'a:fx9', evidence: '王策飞、高磊调研。' })),
};

describe('the co-attendance projection', () => {
  it('answers exactly as the events do, for every page size, and is the one read while stamped', async () => {
    const fromEvents = [await answer(1), await answer(20)];
    const build = await rebuildCoAttendance(driver);
    expect(build.stamped).toBe(true);
    expect(build.projected).toBeGreaterThan(0);
    expect([await answer(1), await answer(20)]).toEqual(fromEvents);
    // A changed projected count shows in the answer: it was read from the projection.
    await write(driver, 'co-attendance-test-tamper', { person: 'p:wcf', other: 'p:lxl', count: neo4j.int(99) });
    expect((await answer(1))['p:wcf']?.[0]).toMatchObject({ person: { name: '蓝贤林' }, count: 99 });
    // A date range is answered from the events.
    expect((await answer(20, { from: '2026-03-21' }))['p:wcf']?.find((row) => row.person.name === '蓝贤林')?.count).toBe(1);
  });

  it('is not read once a load has changed the graph, and a rebuild brings it back in line', async () => {
    await loadExtraction(driver, later);
    const fresh = await answer(20);
    expect(fresh['p:wcf']?.find((row) => row.person.name === '蓝贤林')?.count).toBe(2);
    expect(fresh['p:wcf']?.find((row) => row.person.name === '高磊')).toMatchObject({ count: 2, eventIds: ['e:dy', 'e:lxhy'] });
    const build = await rebuildCoAttendance(driver);
    expect(build.stamped).toBe(true);
    expect(await answer(20)).toEqual(fresh);
  });
});
