// The co-attendance projection's rows carry the names and dates of their newest events (the API's default
// page), so the default coAttendees answer reads no Event node (src/bench/findings.md, item 40): the page comes
// from the rows, a query that shows aliases or kinds still reads the nodes, rows built before they carried the
// lists still answer, and a re-ingest that renames and re-dates an event shows the new name and date.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app.ts';
import type { Extraction } from '../../src/extract/format.ts';
import { rebuildCoAttendance, refreshCoAttendance } from '../../src/graph/co-attendance.ts';
import { read, write } from '../../src/graph/cypher.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { fixture } from './api-fixture.ts';
import { closeApp, gql, openApp } from './api-helpers.ts';

let driver: Driver;
let app: App;

beforeAll(async () => {
  ({ driver, app } = await openApp((d) => loadExtraction(d, fixture)));
});

afterAll(() => closeApp({ driver, app }));

type Row = { count: number; person: { id: string; name: string }; events: { id: string; name: string; date: string | null; kind?: string }[] };

/** The bench's query: the default page of shared events, ids, names and dates only. */
const DEFAULT = '{ coAttendees(name: "王策飞", first: 20) { count person { id name } events(first: 20) { id name date } } }';
const WITH_KIND = '{ coAttendees(name: "王策飞", first: 20) { count person { id name } events(first: 20) { id name date kind } } }';

async function ask(query: string): Promise<Row[]> {
  const { data, errors } = await gql(app, query);
  expect(errors).toBeUndefined();
  return data!.coAttendees as Row[];
}

const withoutKind = (rows: Row[]) => rows.map((r) => ({ ...r, events: r.events.map(({ id, name, date }) => ({ id, name, date })) }));

async function stamped(): Promise<boolean> {
  const row = (await read(driver, 'co-attendance-test-state')).records[0]!;
  return row.get('stamp') !== null && row.get('stamp') === row.get('version');
}

/** The default answer from the events (the stamp removed), then the stamp put back. */
async function fromEvents(): Promise<Row[]> {
  const version = (await read(driver, 'co-attendance-test-state')).records[0]!.get('version') as string;
  await write(driver, 'co-attendance-test-unstamp');
  const rows = await ask(DEFAULT);
  await write(driver, 'co-attendance-stamp', { version });
  return rows;
}

const RENAMED = '2026年龙岗区·寻乌县支援合作联席会议（第二次）';

/** Article a:fx1 re-ingested as changed text (another article id, the same source): its meeting renamed and re-dated. */
function reingested(): Extraction {
  const old = 'a:fx1';
  const now = 'a:fx1b';
  const article = fixture.articles.find((a) => a.id === old)!;
  return {
    articles: [{ ...article, id: now, date: '2026-03-29' }],
    entities: fixture.entities
      .filter((e) => e.articles.includes(old))
      .map((e) => ({ ...e, articles: [now], ...(e.id === 'e:lxhy' ? { name: RENAMED, date: '2026-03-29' } : {}) })),
    relations: fixture.relations.filter((r) => r.article === old).map((r) => ({ ...r, article: now })),
  };
}

describe('the projection carries the default page of shared events', () => {
  it('answers the default page from the rows, and reads the nodes for kinds or rows without the lists', async () => {
    const events = await ask(DEFAULT);
    expect(events.length).toBeGreaterThan(1);
    expect((await rebuildCoAttendance(driver)).stamped).toBe(true);
    expect(await ask(DEFAULT)).toEqual(events);
    expect(withoutKind(await ask(WITH_KIND))).toEqual(events);

    // A carried name changed by hand shows in the default answer: it was read from the rows, not the Event node.
    await write(driver, 'co-attendance-test-tamper-event', { person: 'p:wcf', event: 'e:lxhy', name: '改过的名字' });
    const tampered = await ask(DEFAULT);
    const named = (rows: Row[]) => rows.flatMap((r) => r.events).filter((e) => e.id === 'e:lxhy').map((e) => e.name);
    expect(named(events).length).toBeGreaterThan(1);
    expect(named(tampered)).toEqual(named(events).map(() => '改过的名字'));
    // Shown kinds come from the nodes only: that query reads the true name.
    expect(withoutKind(await ask(WITH_KIND))).toEqual(events);

    // Rows built before they carried names and dates (and before they carried the co-attendee's name).
    await write(driver, 'co-attendance-test-uncarry');
    expect(await ask(DEFAULT)).toEqual(events);
    await write(driver, 'co-attendance-test-unname');
    expect(await ask(DEFAULT)).toEqual(events);
  });

  it('shows an event renamed and re-dated by a re-ingest in the default page, from the refreshed rows', async () => {
    expect((await rebuildCoAttendance(driver)).stamped).toBe(true);
    const before = (await ask(DEFAULT)).find((r) => r.person.id === 'p:gl')!;
    expect(before.events).toEqual([{ id: 'e:lxhy', name: '2026年龙岗区·寻乌县支援合作联席会议', date: '2026-03-27' }]);

    const load = await loadExtraction(driver, reingested());
    // The source's other two articles go too (the new extraction of fixture-000.txt no longer produces them).
    expect(load.retracted).toContain('a:fx1');
    const refresh = await refreshCoAttendance(driver);
    expect(refresh.stamped).toBe(true);
    // The load marked the meeting's participants: 王策飞's rows were rebuilt.
    expect(refresh.refreshed).toBeGreaterThan(1);
    expect(await stamped()).toBe(true);

    const after = await ask(DEFAULT);
    expect(after.find((r) => r.person.id === 'p:gl')!.events).toEqual([{ id: 'e:lxhy', name: RENAMED, date: '2026-03-29' }]);
    const lan = after.find((r) => r.person.id === 'p:lxl')!;
    expect(lan.events[0]).toEqual({ id: 'e:lxhy', name: RENAMED, date: '2026-03-29' });
    expect(await fromEvents()).toEqual(after);
  });
});
