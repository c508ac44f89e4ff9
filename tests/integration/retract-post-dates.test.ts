// A retraction narrows a post's stored first/last sighting (HOLDS_POSITION.first/last, which the identity clusters
// read) to the articles left, against the run's real Neo4j. Made-up articles (people and meetings are fixtures,
// not news) go through the real extractor and loader; re-ingesting a changed file must end as a clean ingest would.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read } from '../../src/graph/cypher.ts';
import { ingestPaths } from '../../src/ingest/paths.ts';
import { gql } from './api-helpers.ts';
import { useIngestFolder } from './ingest-folder.ts';
import { dumpGraph, resetGraph, runKg } from './support.ts';

// The same post (坪山区委书记 at 坪山区委) stated on each date; the changed text keeps the article but not his post.
const committee = (day: string) => `坪山区召开区委常委会会议

本报讯（记者 陈晓）${day}，坪山区委书记李建国主持召开区委常委会会议，研究部署重点工作。区委副书记、区长赵明华出席会议。
会议强调，要压实工作责任。
`;
const withoutHim = (day: string) => `坪山区召开区政府常务会议

本报讯（记者 陈晓）${day}，区委副书记、区长赵明华主持召开区政府常务会议，研究部署重点工作。
会议强调，要压实工作责任。
`;
// A namesake's post in another district between the two 坪山区 dates: seen only at 3月5日 in 坪山区, he and the
// 罗湖区 one are one career (one person); seen in 坪山区 again on 4月12日 too, the posts overlap: two people.
const luohu = `罗湖区举行招商引资推介会

本报讯（记者 周婷）2025年4月8日，罗湖区招商引资推介会在罗湖区举行。罗湖区副区长李建国出席并致辞，罗湖区商务局局长吴磊介绍了营商环境。
推介会上，多家企业签约落户。
`;

interface PostDates {
  id: string;
  person: string;
  title: string;
  body: string;
  first: string | null;
  last: string | null;
  articles: number;
}

describe('post dates after a retraction', () => {
  const folder = useIngestFolder('kg-retract-dates-');
  const { path } = folder;
  const put = (name: string, text: string) => writeFileSync(path(name), text);

  async function ingest(...names: string[]): Promise<void> {
    await ingestDated(undefined, ...names);
  }

  async function ingestDated(date: string | undefined, ...names: string[]): Promise<void> {
    const report = await ingestPaths(folder.driver, names.map(path), date ? { date } : {});
    expect(report.failures).toEqual([]);
  }

  async function postDates(): Promise<PostDates[]> {
    const rows = await read(folder.driver, 'graph-retract-test-post-dates');
    return rows.records.map((r) => ({ ...(r.toObject() as PostDates), articles: Number(r.get('articles')) }));
  }

  async function secretaryDates(): Promise<[string | null, string | null][]> {
    return (await postDates()).filter((p) => p.person === '李建国' && p.title === '坪山区委书记').map((p) => [p.first, p.last]);
  }

  async function holdersAt(at: string): Promise<string[]> {
    const { data, errors } = await gql(folder.app, `query($at: String) { holders(body: "坪山区", at: $at) { person { name } } }`, { at });
    expect(errors).toBeUndefined();
    return [...new Set((data!.holders as { person: { name: string } }[]).map((h) => h.person.name))].sort();
  }

  it('narrows first/last to the articles left when a changed file no longer states the post', async () => {
    put('a.txt', committee('2019年3月5日'));
    put('b.txt', committee('2023年4月12日'));
    await ingest('a.txt', 'b.txt');
    expect(await secretaryDates()).toEqual([['2019-03-05', '2023-04-12']]);
    expect(await holdersAt('2023-04-12')).toEqual(['李建国', '赵明华']);

    put('b.txt', withoutHim('2023年4月12日'));
    await ingest('b.txt');
    expect(await secretaryDates()).toEqual([['2019-03-05', '2019-03-05']]);
    expect(await holdersAt('2023-04-12')).toEqual(['赵明华']);
    expect(await holdersAt('2019-03-05')).toEqual(['李建国', '赵明华']);
    // A post the changed file still states keeps both dates.
    const mayor = (await postDates()).filter((p) => p.person === '赵明华' && p.title === '区长');
    expect(mayor.map((p) => [p.first, p.last])).toEqual([['2019-03-05', '2023-04-12']]);
  });

  it('narrows on kg delete-article, and deletes the post once no article states it', async () => {
    put('a.txt', committee('2019年3月5日'));
    put('b.txt', committee('2023年4月12日'));
    await ingest('a.txt', 'b.txt');
    const articleOf = async (name: string) =>
      (await read<{ ids: string[] }>(folder.driver, 'graph-source-articles', { sources: [path(name)] })).records[0]!.get('ids')[0]!;
    const a = await articleOf('a.txt');
    const b = await articleOf('b.txt');

    const first = await runKg(['delete-article', a]);
    expect(first.code, first.stderr).toBe(0);
    expect(await secretaryDates()).toEqual([['2023-04-12', '2023-04-12']]);

    const second = await runKg(['delete-article', b]);
    expect(second.code, second.stderr).toBe(0);
    expect(await postDates()).toEqual([]);
  });

  it('ends a re-ingest of a changed file with the post dates and clusters of a clean ingest of the final files', async () => {
    put('pingshan-1.txt', committee('2025年3月5日'));
    put('luohu.txt', luohu);
    put('pingshan-2.txt', committee('2025年4月12日'));
    const files = ['pingshan-1.txt', 'luohu.txt', 'pingshan-2.txt'];
    const clusters = async () => (await read(folder.driver, 'graph-identity-dump')).records.map((r) => JSON.stringify(r.toObject()));
    const people = async () => new Set((await read(folder.driver, 'graph-identity-dump')).records
      .filter((r) => r.get('name') === '李建国').map((r) => r.get('person') as string)).size;

    await ingest(...files);
    expect(await people()).toBe(2);
    put('pingshan-2.txt', withoutHim('2025年4月12日'));
    await ingest('pingshan-2.txt');
    const reingested = { dates: await postDates(), clusters: await clusters(), graph: await dumpGraph(folder.driver) };

    await resetGraph(folder.driver);
    await ingest(...files);
    const clean = { dates: await postDates(), clusters: await clusters(), graph: await dumpGraph(folder.driver) };
    // Seen in 坪山区 only on 3月5日, he and the 罗湖区 副区长 are one career: one person.
    expect(await people()).toBe(1);
    expect(clean.dates.some((p) => p.person === '李建国' && p.last === '2025-03-05')).toBe(true);
    expect(reingested.dates).toEqual(clean.dates);
    expect(reingested.clusters).toEqual(clean.clusters);
    expect(reingested.graph).toEqual(clean.graph);
  });

  it('reads the dates again when a re-ingest gives a stored article a new date (--date)', async () => {
    // The text says 3月5日: --date gives the year the text leaves out.
    put('undated.txt', committee('3月5日'));
    await ingestDated('2019-06-01', 'undated.txt');
    expect(await secretaryDates()).toEqual([['2019-03-05', '2019-03-05']]);
    await ingestDated('2023-06-01', 'undated.txt');
    const redated = await postDates();
    expect(redated.filter((p) => p.person === '李建国').map((p) => [p.first, p.last])).toEqual([['2023-03-05', '2023-03-05']]);
    await resetGraph(folder.driver);
    await ingestDated('2023-06-01', 'undated.txt');
    expect(redated).toEqual(await postDates());
  });
});
