// The loader's provenance rules against the real Neo4j, with hand-made extractions (FORMAT.md).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/format.ts';
import { read } from '../../src/graph/cypher.ts';
import { loadExtraction, retractArticles } from '../../src/graph/load.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { dumpGraph, resetGraph, stats, testDriver } from './support.ts';

const art = (id: string, source: string) => ({ id, source, span: [0, 100] as [number, number], title: `题${id}`, date: '2026-03-27' });

/** f.txt holds one article (a:old) that meets g.txt's article (a:g) on 王策飞, 龙岗区 and one relationship. */
const first: Extraction = {
  articles: [art('a:old', 'f.txt'), art('a:g', 'g.txt')],
  entities: [
    { id: 'p:wang', type: 'Person', name: '王策飞', aliases: ['王区长'], articles: ['a:old', 'a:g'] },
    { id: 'd:lg', type: 'District', name: '龙岗区', aliases: [], articles: ['a:old', 'a:g'] },
    { id: 'p:only-old', type: 'Person', name: '蓝贤林', aliases: [], articles: ['a:old'] },
    { id: 'e:old', type: 'Event', name: '联席会议', aliases: [], articles: ['a:old'], date: '2026-03-27', kind: 'meeting' },
    { id: 'p:nie', type: 'Person', name: '聂滕', aliases: [], articles: ['a:old'] },
  ],
  relations: [
    { type: 'HOLDS_POSITION', from: 'p:wang', to: 'd:lg', article: 'a:old', evidence: '区长王策飞（旧）', title: '区长' },
    { type: 'HOLDS_POSITION', from: 'p:wang', to: 'd:lg', article: 'a:g', evidence: '区长王策飞（g）', title: '区长' },
    { type: 'HOLDS_POSITION', from: 'p:wang', to: 'd:lg', article: 'a:g', evidence: '区委副书记王策飞', title: '区委副书记' },
    { type: 'ATTENDED', from: 'p:only-old', to: 'e:old', article: 'a:old', evidence: '蓝贤林出席' },
    { type: 'ATTENDED', from: 'p:wang', to: 'e:old', article: 'a:old', evidence: '王策飞出席' },
    { type: 'HELD_IN', from: 'e:old', to: 'd:lg', article: 'a:old', evidence: '在龙岗区召开' },
    { type: 'REPORTED', from: 'p:nie', to: 'a:old', article: 'a:old', evidence: '记者 聂滕' },
  ],
};

/** f.txt's text changed: its article is now a:new, which still mentions 王策飞 but not 蓝贤林. */
const changed: Extraction = {
  articles: [art('a:new', 'f.txt')],
  entities: [
    { id: 'p:wang', type: 'Person', name: '王策飞', aliases: ['王书记'], articles: ['a:new'] },
    { id: 'o:gov', type: 'Organization', name: '龙岗区政府', aliases: [], articles: ['a:new'] },
  ],
  relations: [{ type: 'HOLDS_POSITION', from: 'p:wang', to: 'o:gov', article: 'a:new', evidence: '区长王策飞（新）', title: '区长' }],
};

describe('loadExtraction', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver);
  });
  beforeEach(() => resetGraph(driver));
  afterAll(() => driver.close());

  it('writes the graph model with provenance on every node and relationship', async () => {
    const result = await loadExtraction(driver, first, { articlesPerTx: 1 });
    expect(result).toMatchObject({ articles: 2, transactions: 2, skipped: [] });
    expect(await stats(driver)).toEqual({
      nodes: { Article: 2, Person: 3, Organization: 0, District: 1, Enterprise: 0, Event: 1 },
      relationships: { ATTENDED: 2, CHAIRED: 0, LED: 0, SIGNED: 0, PAIRED_WITH: 0, HOLDS_POSITION: 2, REPORTED: 1, HELD_IN: 1, PART_OF: 0 },
    });
    const dump = await dumpGraph(driver);
    const wang = dump.nodes.map((n) => JSON.parse(n)).find((n) => n.id === 'p:wang');
    expect(wang).toMatchObject({ labels: ['Entity', 'Person'], name: '王策飞', aliases: ['王区长'], articles: ['a:g', 'a:old'] });
    expect(dump.relationships).toContain(
      JSON.stringify(['HOLDS_POSITION', 'p:wang', 'd:lg', '区长', [['a:g', '区长王策飞（g）'], ['a:old', '区长王策飞（旧）']]]),
    );
    expect(dump.relationships).toContain(JSON.stringify(['REPORTED', 'p:nie', 'a:old', null, [['a:old', '记者 聂滕']]]));
    const event = dump.nodes.map((n) => JSON.parse(n)).find((n) => n.id === 'e:old');
    expect(event).toMatchObject({ labels: ['Entity', 'Event'], date: '2026-03-27', kind: 'meeting' });
  });

  it('is idempotent: loading the same extraction again changes nothing', async () => {
    await loadExtraction(driver, first);
    const before = await dumpGraph(driver);
    const again = await loadExtraction(driver, first, { articlesPerTx: 1 });
    expect(again).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0, retracted: [] });
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it('replaces what a changed article contributed: facts only it supported go, shared entities stay', async () => {
    await loadExtraction(driver, first);
    const result = await loadExtraction(driver, changed);
    expect(result.retracted).toEqual(['a:old']);

    const dump = await dumpGraph(driver);
    const nodes = new Map(dump.nodes.map((n) => JSON.parse(n)).map((n) => [n.id, n]));
    expect([...nodes.keys()].sort()).toEqual(['a:g', 'a:new', 'd:lg', 'o:gov', 'p:wang']);
    // 王策飞 keeps g.txt's article and gains the new one; the alias seen earlier stays.
    expect(nodes.get('p:wang')).toMatchObject({ articles: ['a:g', 'a:new'], aliases: ['王书记', '王区长'] });
    expect(nodes.get('d:lg')).toMatchObject({ articles: ['a:g'] });
    expect(dump.relationships).toEqual(
      [
        JSON.stringify(['HOLDS_POSITION', 'p:wang', 'd:lg', '区长', [['a:g', '区长王策飞（g）']]]),
        JSON.stringify(['HOLDS_POSITION', 'p:wang', 'd:lg', '区委副书记', [['a:g', '区委副书记王策飞']]]),
        JSON.stringify(['HOLDS_POSITION', 'p:wang', 'o:gov', '区长', [['a:new', '区长王策飞（新）']]]),
      ].sort(),
    );
  });

  it('replaces what other extractor rules took from the same text, and keeps a same-rules reload idempotent', async () => {
    await loadExtraction(driver, first, { extractor: 'x:old-rules' });
    // The same article ids (same text), read by new rules: a:old no longer yields 蓝贤林 or the meeting.
    const reread: Extraction = {
      articles: first.articles,
      entities: first.entities.filter((e) => e.id !== 'p:only-old' && e.id !== 'e:old'),
      relations: first.relations.filter((r) => r.from !== 'p:only-old' && r.from !== 'e:old' && r.to !== 'e:old'),
    };
    const result = await loadExtraction(driver, reread, { extractor: 'x:new-rules' });
    expect(result.retracted).toEqual([]);
    const ids = (await dumpGraph(driver)).nodes.map((n) => JSON.parse(n).id);
    expect(ids).not.toContain('p:only-old');
    expect(ids).not.toContain('e:old');
    expect(ids).toEqual(expect.arrayContaining(['p:wang', 'd:lg', 'p:nie', 'a:old', 'a:g']));
    const before = await dumpGraph(driver);
    expect(await loadExtraction(driver, reread, { extractor: 'x:new-rules' })).toMatchObject({ nodesCreated: 0, nodesDeleted: 0 });
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it('leaves other sources alone and only adds when told not to replace', async () => {
    await loadExtraction(driver, first);
    const result = await loadExtraction(driver, changed, { replaceSources: [] });
    expect(result.retracted).toEqual([]);
    expect((await stats(driver)).nodes.Article).toBe(3);
  });

  it('retracts an article by id, keeping what other articles support', async () => {
    await loadExtraction(driver, first);
    const result = await retractArticles(driver, ['a:g', 'a:unknown']);
    expect(result.retracted).toEqual(['a:g']);
    const dump = await dumpGraph(driver);
    expect(dump.relationships).toContain(JSON.stringify(['HOLDS_POSITION', 'p:wang', 'd:lg', '区长', [['a:old', '区长王策飞（旧）']]]));
    expect(dump.relationships.some((r) => r.includes('区委副书记'))).toBe(false);
    const wang = dump.nodes.map((n) => JSON.parse(n)).find((n) => n.id === 'p:wang');
    expect(wang.articles).toEqual(['a:old']);

    await retractArticles(driver, ['a:old']);
    expect(await dumpGraph(driver)).toEqual({ nodes: [], relationships: [] });
  });

  it('retracts several articles at once from the entities and relationships they share', async () => {
    await loadExtraction(driver, first);
    await loadExtraction(driver, {
      articles: [art('a:third', 'h.txt')],
      entities: [{ id: 'p:wang', type: 'Person', name: '王策飞', aliases: [], articles: ['a:third'] }, { id: 'd:lg', type: 'District', name: '龙岗区', aliases: [], articles: ['a:third'] }],
      relations: [{ type: 'HOLDS_POSITION', from: 'p:wang', to: 'd:lg', article: 'a:third', evidence: '区长王策飞（三）', title: '区长' }],
    });
    const result = await retractArticles(driver, ['a:old', 'a:g']);
    expect(result.retracted.sort()).toEqual(['a:g', 'a:old']);
    const dump = await dumpGraph(driver);
    expect(dump.relationships).toEqual([JSON.stringify(['HOLDS_POSITION', 'p:wang', 'd:lg', '区长', [['a:third', '区长王策飞（三）']]])]);
    expect(dump.nodes.map((n) => JSON.parse(n)).map((n) => [n.id, n.articles])).toEqual(
      expect.arrayContaining([['p:wang', ['a:third']], ['d:lg', ['a:third']]]),
    );
    expect(dump.nodes).toHaveLength(3);
  });

  it('finds entities through the full-text index over names and aliases (cjk bigrams)', async () => {
    await loadExtraction(driver, first);
    const indexes = await read(driver, 'graph-fulltext-indexes');
    const entityNames = indexes.records.find((r) => r.get('name') === 'entityNames');
    expect(entityNames?.get('labelsOrTypes')).toEqual(['Person', 'Organization', 'District', 'Enterprise', 'Event']);
    expect(entityNames?.get('properties')).toEqual(['name', 'aliases']);
    expect(entityNames?.get('options').indexConfig['fulltext.analyzer']).toBe('cjk');
    await read(driver, 'graph-await-indexes');
    const search = async (query: string) => (await read(driver, 'graph-search-names', { query })).records.map((r) => r.get('id'));
    expect(await search('龙岗')).toEqual(['d:lg']);
    expect(await search('区长')).toEqual(['p:wang']); // through the alias 王区长
  });
});
