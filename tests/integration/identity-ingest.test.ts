// Issue 15's example end to end: made-up articles through `kg ingest` (the real extractor and loader) into the
// run's real Neo4j, read back through the API. A 坪山区委书记 李建国 and a 罗湖区副区长 李建国 are two people; the
// 坪山区 one across his two articles is one; two ingest orders give the same graph; a re-ingest keeps its date.
import { copyFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read } from '../../src/graph/cypher.ts';
import { gql } from './api-helpers.ts';
import { useIngestFolder } from './ingest-folder.ts';
import { NAMESAKE_TEXTS } from './namesake-texts.ts';
import { dumpGraph, resetGraph, runKg } from './support.ts';

const TEXTS = NAMESAKE_TEXTS;

interface PersonAnswer {
  id: string;
  name: string;
  articles: { source: string }[];
  posts: { title: string; body: { name: string } }[];
}

describe('person identity through kg ingest and the API', () => {
  const folder = useIngestFolder('kg-identity-', TEXTS);
  const { path } = folder;

  async function ingest(...args: string[]): Promise<void> {
    const run = await runKg(['ingest', '--identity', ...args]);
    expect(run.code, run.stderr).toBe(0);
  }

  async function people(name: string): Promise<PersonAnswer[]> {
    const { data, errors } = await gql(folder.app, `query($q: String!) { search(text: $q, types: [Person]) { edges { node {
      id name ... on Person { articles { source } posts { title body { name } } } } } } }`, { q: name });
    expect(errors).toBeUndefined();
    return (data!.search.edges as { node: PersonAnswer }[]).map((e) => e.node).filter((p) => p.name === name);
  }

  it('makes the 坪山区委书记 and the 罗湖区副区长 two people, and the 坪山区 one one person across his two articles', async () => {
    await ingest(...Object.keys(TEXTS).map(path));
    const found = await people('李建国');
    expect(found).toHaveLength(2);
    const pingshan = found.find((p) => p.posts.some((x) => x.title.includes('区委书记')))!;
    const luohu = found.find((p) => p.posts.some((x) => x.title.includes('副区长')))!;
    expect(pingshan.id).not.toBe(luohu.id);
    expect(pingshan.articles.map((a) => a.source.split('/').pop()).sort()).toEqual(['pingshan-inspection.txt', 'pingshan-meeting.txt']);
    expect(luohu.articles.map((a) => a.source.split('/').pop())).toEqual(['luohu-fair.txt']);
    expect(luohu.posts.map((x) => x.title)).not.toContainEqual(expect.stringContaining('区委书记'));
    // Each carries what anchored it (what an AMBIGUOUS answer lists).
    const anchors = await read<{ id: string; places: string[]; person: string }>(folder.driver, 'graph-identity-of', { ids: [pingshan.id, luohu.id] });
    expect(Object.fromEntries(anchors.records.map((r) => [r.get('id'), r.get('places')]))).toEqual({
      [pingshan.id]: ['坪山区'],
      [luohu.id]: ['罗湖区'],
    });
    // Posts seen at overlapping times in two districts: two clusters (two people) as well.
    const persons = anchors.records.map((r) => r.get('person'));
    expect(persons.every((p) => typeof p === 'string')).toBe(true);
    expect(new Set(persons).size).toBe(2);
  });

  it('gives the same graph whatever the order of the files and of the ingests', async () => {
    const names = Object.keys(TEXTS);
    await ingest(...names.map(path));
    const identities = async () => (await read(folder.driver, 'graph-identity-dump')).records.map((r) => JSON.stringify(r.toObject()));
    const together = await dumpGraph(folder.driver);
    const togetherIds = await identities();
    await resetGraph(folder.driver);
    for (const name of [...names].reverse()) await ingest(path(name));
    const oneByOne = await dumpGraph(folder.driver);
    expect(oneByOne).toEqual(together);
    expect(await identities()).toEqual(togetherIds);
    expect(together.nodes.length).toBeGreaterThan(10);
  });

  it('keeps each anchor node\'s mention count equal to its articles through loads and a retraction', async () => {
    const counts = async () => (await read(folder.driver, 'graph-identity-test-mentions')).records.map((r) => ({
      name: r.get('name') as string, mentions: Number(r.get('mentions')), articles: Number(r.get('articles')),
    }));
    await ingest(path('pingshan-meeting.txt'));
    await ingest(path('pingshan-inspection.txt'), path('luohu-fair.txt'));
    const loaded = await counts();
    expect(loaded.length).toBeGreaterThan(3);
    for (const c of loaded) expect(c.mentions, c.name).toBe(c.articles);
    const pingshan = loaded.find((c) => c.name === '李建国' && c.articles === 2);
    expect(pingshan).toBeDefined();
    // Retracting one of his two articles shortens his list: the count follows, and so do the clusters.
    const stored = await read<{ ids: string[] }>(folder.driver, 'graph-source-articles', { sources: [path('pingshan-inspection.txt')] });
    const id = stored.records[0]!.get('ids')[0]!;
    const run = await runKg(['delete-article', id]);
    expect(run.code, run.stderr).toBe(0);
    const after = await counts();
    for (const c of after) expect(c.mentions, c.name).toBe(c.articles);
    expect(after.filter((c) => c.name === '李建国').map((c) => c.articles).sort()).toEqual([1, 1]);
  });

  /** The stored date of the source's article and its events' dates. */
  const storedDates = async (file: string) => {
    const stored = await read<{ article: string | null; events: (string | null)[] }>(folder.driver, 'graph-test-source-dates', { source: file });
    return stored.records.map((r) => ({ article: r.get('article'), events: r.get('events') }));
  };

  it('keeps an article\'s and its events\' date on a re-ingest without --date; a new --date replaces it', async () => {
    const file = path('pingshan-meeting.txt');
    const dates = () => storedDates(file);
    // The text says 3月5日: --date gives the year the text leaves out.
    await ingest(file, '--date', '2025-04-08');
    const first = await dates();
    expect(first).toEqual([{ article: '2025-03-05', events: ['2025-03-05'] }]);
    await ingest(file);
    expect(await dates()).toEqual(first);
    await ingest(file, '--date', '2026-04-08');
    expect(await dates()).toEqual([{ article: '2026-03-05', events: ['2026-03-05'] }]);
  });

  it('keeps a stated date over an assumed year (--read-on), and lets a stated date replace an assumed one', async () => {
    const file = path('pingshan-meeting.txt');
    const dates = () => storedDates(file);
    // 3月5日 with no year in the file: --read-on gives only an assumed year, which must not replace --date's.
    await ingest(file, '--date', '2025-04-08');
    const stated = [{ article: '2025-03-05', events: ['2025-03-05'] }];
    expect(await dates()).toEqual(stated);
    await ingest(file, '--read-on', '2026-11-28');
    expect(await dates()).toEqual(stated);
    // Emptied: the assumed year is stored, and a stated date replaces it, article and events.
    await resetGraph(folder.driver);
    await ingest(file, '--read-on', '2026-11-28');
    expect(await dates()).toEqual([{ article: '2026-03-05', events: ['2026-03-05'] }]);
    await ingest(file, '--date', '2024-04-08');
    expect(await dates()).toEqual([{ article: '2024-03-05', events: ['2024-03-05'] }]);
    // Stated now: a later assumed year does not move it.
    await ingest(file, '--read-on', '2027-05-01');
    expect(await dates()).toEqual([{ article: '2024-03-05', events: ['2024-03-05'] }]);
  });

  it('does not let the same text reached by another path take the article', async () => {
    const first = path('luohu-fair.txt');
    const copy = path('luohu-fair-copy.txt');
    copyFileSync(first, copy);
    await ingest(first);
    await ingest(copy);
    const { data } = await gql(folder.app, `{ search(text: "李建国", types: [Person]) { edges { node { ... on Person { articles { source } } } } } }`);
    const sources = (data!.search.edges as { node: { articles: { source: string }[] } }[]).flatMap((e) => e.node.articles.map((a) => a.source));
    expect(sources).toEqual([expect.stringContaining('luohu-fair.txt')]);
    expect(sources[0]).not.toContain('copy');
  });
});
