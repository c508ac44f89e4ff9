import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/format.ts';
import { planLoad } from '../../src/graph/plan.ts';

function article(id: string, source = 'f.txt') {
  return { id, source, span: [0, 10] as [number, number], title: null, date: null };
}

const base: Extraction = {
  articles: [article('a:1'), article('a:2'), article('a:3', 'g.txt')],
  entities: [
    { id: 'p:wang', type: 'Person', name: '王策飞', aliases: ['王策飞', '王书记'], articles: ['a:1', 'a:2'] },
    { id: 'd:lg', type: 'District', name: '龙岗区', aliases: [], articles: ['a:1', 'a:2', 'a:3'] },
    { id: 'd:xw', type: 'District', name: '寻乌县', aliases: [], articles: ['a:2'] },
    { id: 'e:meet', type: 'Event', name: '联席会议', aliases: [], articles: ['a:1'], date: '2026-03-27', kind: 'meeting' },
    { id: 'p:nie', type: 'Person', name: '聂滕', aliases: [], articles: [] },
  ],
  relations: [
    { type: 'ATTENDED', from: 'p:wang', to: 'e:meet', article: 'a:1', evidence: '王策飞出席。' },
    { type: 'ATTENDED', from: 'p:wang', to: 'e:meet', article: 'a:1', evidence: '王策飞再次出席。' },
    { type: 'PAIRED_WITH', from: 'd:xw', to: 'd:lg', article: 'a:2', evidence: '结对。' },
    { type: 'HOLDS_POSITION', from: 'p:wang', to: 'd:lg', article: 'a:2', evidence: '区长王策飞', title: '区长' },
    { type: 'REPORTED', from: 'p:nie', to: 'a:3', article: 'a:3', evidence: '记者 聂滕' },
  ],
};

describe('planLoad', () => {
  it('gives each entity row only the articles of its own transaction', () => {
    const { batches } = planLoad(base, { articlesPerTx: 2 });
    expect(batches.map((b) => b.articles.map((a) => a.id))).toEqual([['a:1', 'a:2'], ['a:3']]);
    const lgFirst = batches[0]!.entities.find((e) => e.id === 'd:lg');
    const lgSecond = batches[1]!.entities.find((e) => e.id === 'd:lg');
    expect(lgFirst?.articles).toEqual(['a:1', 'a:2']);
    expect(lgSecond?.articles).toEqual(['a:3']);
  });

  it('keeps one evidence sentence per relation and article, and stores a pairing once whatever its direction', () => {
    const { batches } = planLoad(base);
    const attended = batches[0]!.relations.get('ATTENDED');
    expect(attended).toEqual([{ from: 'p:wang', to: 'e:meet', articles: ['a:1'], evidence: ['王策飞出席。'] }]);
    expect(batches[0]!.relations.get('PAIRED_WITH')).toEqual([{ from: 'd:lg', to: 'd:xw', articles: ['a:2'], evidence: ['结对。'] }]);
    expect(batches[0]!.relations.get('HOLDS_POSITION')?.[0]?.title).toBe('区长');
  });

  it('merges what several articles of one transaction say about one relationship into one row', () => {
    const both: Extraction = {
      ...base,
      relations: [
        { type: 'PAIRED_WITH', from: 'd:xw', to: 'd:lg', article: 'a:2', evidence: '结对。' },
        { type: 'PAIRED_WITH', from: 'd:lg', to: 'd:xw', article: 'a:3', evidence: '对口支援。' },
        { type: 'HOLDS_POSITION', from: 'p:wang', to: 'd:lg', article: 'a:1', evidence: '区长王策飞', title: '区长' },
        { type: 'HOLDS_POSITION', from: 'p:wang', to: 'd:lg', article: 'a:2', evidence: '区委书记王策飞', title: '区委书记' },
      ],
    };
    const together = planLoad(both).batches[0]!;
    expect(together.relations.get('PAIRED_WITH')).toEqual([
      { from: 'd:lg', to: 'd:xw', articles: ['a:2', 'a:3'], evidence: ['结对。', '对口支援。'] },
    ]);
    expect(together.relations.get('HOLDS_POSITION')?.map((r) => [r.title, r.articles])).toEqual([
      ['区长', ['a:1']],
      ['区委书记', ['a:2']],
    ]);
    // In separate transactions each carries its own article.
    const apart = planLoad(both, { articlesPerTx: 2 }).batches;
    expect(apart.map((b) => b.relations.get('PAIRED_WITH')?.map((r) => r.articles))).toEqual([[['a:2']], [['a:3']]]);
  });

  it('counts relation endpoints among the entities an article touches (what retraction visits)', () => {
    const { batches } = planLoad(base);
    const a3 = batches[0]!.articles.find((a) => a.id === 'a:3');
    expect(a3?.entityIds).toEqual(['d:lg', 'p:nie']);
    const nie = batches[0]!.entities.find((e) => e.id === 'p:nie');
    expect(nie?.articles).toEqual(['a:3']);
  });

  it('drops the canonical name from aliases and duplicates among them', () => {
    const wang = planLoad(base).batches[0]!.entities.find((e) => e.id === 'p:wang');
    expect(wang?.aliases).toEqual(['王书记']);
    const meet = planLoad(base).batches[0]!.entities.find((e) => e.id === 'e:meet');
    expect([meet?.date, meet?.kind]).toEqual(['2026-03-27', 'meeting']);
  });

  it('skips broken records with a reason and loads the rest', () => {
    const broken: Extraction = {
      ...base,
      entities: [...base.entities, { id: 'x:1', type: 'Planet' as never, name: '火星', aliases: [], articles: ['a:1'] }],
      relations: [
        ...base.relations,
        { type: 'LED', from: 'p:wang', to: 'e:nowhere', article: 'a:1', evidence: '' },
        { type: 'ATTENDED', from: 'p:wang', to: 'e:meet', article: 'a:missing', evidence: '' },
        { type: 'REPORTED', from: 'd:lg', to: 'a:1', article: 'a:1', evidence: '' },
        { type: 'HOLDS_POSITION', from: 'p:wang', to: 'd:lg', article: 'a:1', evidence: '' },
        { type: 'OWNS' as never, from: 'p:wang', to: 'd:lg', article: 'a:1', evidence: '' },
      ],
    };
    const { batches, skipped } = planLoad(broken);
    expect(skipped).toHaveLength(6);
    expect(skipped.join('\n')).toMatch(/x:1: unknown type "Planet"/);
    expect(skipped.join('\n')).toMatch(/unknown entity e:nowhere/);
    expect(skipped.join('\n')).toMatch(/its article is not in the extraction/);
    expect(skipped.join('\n')).toMatch(/District → Article is not allowed \(Person → Article\)/);
    expect(skipped.join('\n')).toMatch(/HOLDS_POSITION needs a title/);
    expect(skipped.join('\n')).toMatch(/unknown relation type "OWNS"/);
    expect(batches[0]!.entities.map((e) => e.id)).not.toContain('x:1');
    expect(batches[0]!.relations.get('LED')).toBeUndefined();
  });

  it('loads the same text from two files as one article', () => {
    const twice: Extraction = { ...base, articles: [...base.articles, article('a:1', 'copy.txt')] };
    expect(planLoad(twice).batches.flatMap((b) => b.articles).map((a) => a.id)).toEqual(['a:1', 'a:2', 'a:3']);
  });

  it('puts every article in exactly one transaction, whole, within the limits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 60 }),
        (mentionCounts, articlesPerTx, rowsPerTx) => {
          const articles = mentionCounts.map((_, i) => article(`a:${i}`));
          const entities = Array.from({ length: 31 }, (_, k) => ({
            id: `p:${k}`,
            type: 'Person' as const,
            name: `人${k}`,
            aliases: [],
            articles: mentionCounts.flatMap((n, i) => (k < n ? [`a:${i}`] : [])),
          }));
          const { batches } = planLoad({ articles, entities, relations: [] }, { articlesPerTx, rowsPerTx });
          const placed = batches.flatMap((b) => b.articles.map((a) => a.id));
          expect(placed).toEqual(articles.map((a) => a.id));
          for (const b of batches) {
            expect(b.articles.length).toBeLessThanOrEqual(articlesPerTx);
            const rows = b.articles.reduce((n, a) => n + 1 + a.entityIds.length, 0);
            if (b.articles.length > 1) expect(rows).toBeLessThanOrEqual(rowsPerTx);
            // every mention of a batch's articles is carried by that batch's entity rows
            const carried = b.entities.reduce((n, e) => n + e.articles.length, 0);
            expect(carried).toBe(b.articles.reduce((n, a) => n + a.entityIds.length, 0));
          }
        },
      ),
    );
  });
});
