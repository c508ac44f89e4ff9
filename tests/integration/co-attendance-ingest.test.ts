// The loader keeps the co-attendance projection (src/graph/co-attendance.ts) exact and current: after `kg ingest`
// of the samples and of a synthetic corpus, a re-ingest of a changed file, a retraction, an article that splits
// one person into two namesakes, an article that merges two namesake clusters, `ingestArticles`, and two
// `kg ingest` processes at once, and a refresh done wholly in its parallel bulk, the projection is stamped with the graph's version and every person's answer read from it equals, for
// every page size, the answer the events give.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/api/app.ts';
import { rebuildCoAttendance } from '../../src/graph/co-attendance.ts';
import { read, write } from '../../src/graph/cypher.ts';
import { ingestPaths } from '../../src/ingest/paths.ts';
import { ingestTexts } from '../../src/ingest/texts.ts';
import { writeCorpus } from '../../src/synth/corpus.ts';
import { gql } from './api-helpers.ts';
import { NAMESAKE_TEXTS } from './namesake-texts.ts';
import { resetGraph, runKg, samplesDir, testDriver } from './support.ts';

// The namesake fixtures (namesake-texts.ts) and two more, made up for this test.
const TEXTS: Record<string, string> = {
  ...NAMESAKE_TEXTS,
  'pingshan-same-day.txt': `坪山区召开区委常委会会议

本报讯（记者 陈晓）4月8日，坪山区委书记李建国主持召开区委常委会会议，传达学习上级会议精神。区委副书记、区长赵明华，区委常委、组织部部长孙丽出席会议。
`,
  'pingshan-same-day-2.txt': `坪山区召开安全生产工作会议

本报讯（记者 陈晓）4月8日，坪山区委书记李建国主持召开安全生产工作会议，区委副书记、区长赵明华出席会议。
`,
  'bare.txt': `座谈会在市民中心举行

本报讯 4月9日，文化发展座谈会在市民中心举行，李建国、王芳出席座谈会并发言。
`,
};

/** The bench's query: the default page of shared events, ids, names and dates only (no aliases or kinds). */
const DEFAULT_PAGE = 'query($n: String!) { coAttendees(name: $n, first: 20) { count person { id name } events(first: 20) { id name date } } }';

/** Each test runs several ingests (a worker pool each) on a shared, busy machine. */
const TEST_MS = 600_000;

describe('the co-attendance projection through kg ingest', () => {
  let driver: Driver;
  let app: App;
  let dir: string;
  let corpus: string[];
  const path = (name: string) => join(dir, name);

  beforeAll(() => {
    driver = testDriver();
    // Generous: the comparison asks every person at once, on a shared, loaded machine.
    app = createApp({ driver, logger: pino({ level: 'silent' }), queryTimeoutMs: 120_000 });
    dir = mkdtempSync(join(tmpdir(), 'kg-coproj-'));
    for (const [name, text] of Object.entries(TEXTS)) writeFileSync(path(name), text);
    // Synthetic news: the same officials at many events, namesakes included.
    writeCorpus({ articles: 40, seed: 'co-attendance-ingest', out: path('corpus'), goldPath: path('gold.json') });
    corpus = readdirSync(path('corpus')).sort().map((f) => join(path('corpus'), f));
  });
  beforeEach(() => resetGraph(driver));
  afterAll(async () => {
    app.close();
    await resetGraph(driver);
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function state() {
    const row = (await read(driver, 'co-attendance-test-state')).records[0]!;
    return {
      people: row.get('people') as string[],
      projected: row.get('projected') as string[],
      rows: Number(row.get('rows')),
      version: row.get('version') as string | null,
      stamp: row.get('stamp') as string | null,
      marks: Number(row.get('marks')),
    };
  }

  /** The projection is current and answers as the events do; returns how many rows it holds. */
  async function expectExact(): Promise<number> {
    const s = await state();
    expect(s.version).not.toBeNull();
    expect(s.stamp).toBe(s.version);
    expect(s.marks).toBe(0);
    // No rows under a cluster id that is no person now (merged, split, retracted).
    expect(s.projected.filter((id) => !s.people.includes(id))).toEqual([]);
    const answers = async () => {
      const out = [];
      for (const first of [1, 3, 20, 100]) out.push(Object.fromEntries(await app.store.coAttendees(s.people, first)));
      // The default page as an analyst (and the bench) asks it, through the API: from the projection, the events'
      // names and dates its rows carry (findings item 40).
      out.push(await defaultPages(s.people));
      return out;
    };
    const fromProjection = await answers();
    await write(driver, 'co-attendance-test-unstamp');
    const fromEvents = await answers();
    expect(fromProjection).toEqual(fromEvents);
    // Back as it was: nothing changed the graph in between.
    await write(driver, 'co-attendance-stamp', { version: s.version });
    // Every person asked gets an entry (an empty list when nobody shared an event); the projection holds rows
    // for exactly those with co-attendees.
    expect(Object.values(fromEvents[3]!).filter((rows) => rows.length > 0).length).toBe(s.projected.length);
    return s.rows;
  }

  /** Each person's coAttendees(first: 20) answer to DEFAULT_PAGE, asked by id a few at a time. */
  async function defaultPages(people: string[]): Promise<Record<string, unknown[]>> {
    const pages: Record<string, unknown[]> = {};
    for (let i = 0; i < people.length; i += 8) {
      await Promise.all(people.slice(i, i + 8).map(async (id) => {
        const { data, errors } = await gql(app, DEFAULT_PAGE, { n: id });
        expect(errors, id).toBeUndefined();
        pages[id] = data!.coAttendees as unknown[];
      }));
    }
    return pages;
  }

  const clustersOf = async (name: string) =>
    (await read(driver, 'co-attendance-test-clusters-of-name', { name })).records[0]!.get('clusters') as string[];

  it('is current and exact after kg ingest of the samples and of a synthetic corpus', async () => {
    const run = await runKg(['ingest', samplesDir]);
    expect(run.code, run.stderr).toBe(0);
    const samples = await expectExact();
    expect(samples).toBeGreaterThan(10);
    const report = await ingestPaths(driver, corpus);
    expect(report.failures).toEqual([]);
    expect(report.coAttendance?.stamped).toBe(true);
    expect(await expectExact()).toBeGreaterThan(samples);
  }, TEST_MS);

  it('stays exact through a re-ingest of a changed file and a retraction', async () => {
    // A file of its own (another date than its model's, so another article), then changed: its article is
    // retracted, the new text's loaded.
    writeFileSync(path('changed.txt'), readFileSync(corpus[0]!, 'utf8').replace(/\d+月\d+日/, '1月3日'));
    await ingestPaths(driver, [...corpus, path('changed.txt')]);
    const before = await expectExact();
    writeFileSync(path('changed.txt'), readFileSync(corpus[1]!, 'utf8').replace(/\d+月\d+日/, '1月2日'));
    const changed = await ingestPaths(driver, [path('changed.txt')]);
    expect(changed.retracted.length).toBeGreaterThan(0);
    await expectExact();
    const stored = await read<{ ids: string[] }>(driver, 'graph-source-articles', { sources: [corpus[2]!] });
    const id = stored.records[0]!.get('ids')[0]!;
    const deleted = await runKg(['delete-article', id]);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(await expectExact()).toBeLessThanOrEqual(before);
  }, TEST_MS);

  it('is exact after a refresh done wholly in the bulk, outside the lock', async () => {
    const report = await ingestPaths(driver, corpus);
    expect(report.failures).toEqual([]);
    const rows = await expectExact();
    // Every person marked, none left to the locked step: all rebuilt in the bulk, 2 people per transaction.
    const refresh = await rebuildCoAttendance(driver, { lockedAtMost: 0, perTx: 2 });
    expect(refresh.stamped).toBe(true);
    expect(refresh.refreshed).toBeGreaterThan(10);
    expect(refresh.inBulk).toBe(refresh.refreshed);
    expect(await expectExact()).toBe(rows);
  }, TEST_MS);

  it('stays exact when an article splits one person into two namesakes', async () => {
    // The texts carry no year: each is dated as its paper would be.
    await ingestPaths(driver, [path('pingshan-meeting.txt')], { date: '2026-03-05' });
    await ingestPaths(driver, [path('luohu-fair.txt')], { date: '2026-04-08' });
    expect(await clustersOf('李建国')).toHaveLength(1);
    await expectExact();
    // A later sighting in 坪山区 overlaps 罗湖区's post: two people, one of them under a new cluster id.
    await ingestPaths(driver, [path('pingshan-inspection.txt')], { date: '2026-04-12' });
    expect(await clustersOf('李建国')).toHaveLength(2);
    await expectExact();
  }, TEST_MS);

  it('drops the rows of a cluster an article merges into another', async () => {
    // Two posted 李建国 seen the same day (two people), and a bare one with 王芳 that neither dwarfs: three.
    await ingestPaths(driver, [path('pingshan-same-day.txt'), path('luohu-fair.txt')], { date: '2026-04-08' });
    await ingestPaths(driver, [path('bare.txt')], { date: '2026-04-09' });
    const three = await clustersOf('李建国');
    expect(three).toHaveLength(3);
    await expectExact();
    // One more 坪山区 article: his mentions now dwarf the bare one's, which joins him; its id and rows go.
    await ingestPaths(driver, [path('pingshan-same-day-2.txt')], { date: '2026-04-08' });
    const two = await clustersOf('李建国');
    expect(two).toHaveLength(2);
    const gone = three.filter((id) => !two.includes(id));
    expect(gone).toHaveLength(1);
    expect((await state()).projected).not.toContain(gone[0]);
    expect(await expectExact()).toBeGreaterThan(0);
  }, TEST_MS);

  it('is kept by ingestArticles, and ends exact after two kg ingest processes at once', async () => {
    await ingestTexts(driver, [{ source: 'api-1.txt', text: TEXTS['pingshan-meeting.txt']! }]);
    await expectExact();
    const half = Math.ceil(corpus.length / 2);
    const [a, b] = await Promise.all([
      runKg(['ingest', ...corpus.slice(0, half + 5)]),
      runKg(['ingest', ...corpus.slice(half - 5)]),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(await expectExact()).toBeGreaterThan(10);
  }, TEST_MS);
});
