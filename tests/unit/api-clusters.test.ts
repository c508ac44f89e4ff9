// A person is a cluster of anchor nodes: rows of two anchors with the same relation to the same entity are
// one relation, and one person's rows of one post in one body are one post (pure functions).
import { describe, expect, it } from 'vitest';
import { mergeEdges } from '../../src/api/clusters.ts';
import { mergedPositions, positionsOver, type PositionRow } from '../../src/api/positions.ts';
import type { EntityNode } from '../../src/api/records.ts';

const node = (id: string, __typename: EntityNode['__typename'] = 'Person'): EntityNode =>
  ({ __typename, id, name: id, aliases: [], date: null, kind: null });

describe('mergeEdges', () => {
  it('joins the provenance of rows with one key, in order, and keeps rows with other keys apart', () => {
    const rows = [
      { key: 'ATTENDED|e:1', articleIds: ['a:1'], evidence: ['甲'] },
      { key: 'ATTENDED|e:2', articleIds: ['a:2'], evidence: ['乙'] },
      { key: 'ATTENDED|e:1', articleIds: ['a:3', 'a:1'], evidence: ['丙', '甲'] },
    ];
    expect(mergeEdges(rows, (r) => r.key)).toEqual([
      { key: 'ATTENDED|e:1', articleIds: ['a:1', 'a:3'], evidence: ['甲', '丙'] },
      { key: 'ATTENDED|e:2', articleIds: ['a:2'], evidence: ['乙'] },
    ]);
  });
});

describe('mergedPositions', () => {
  const row = (person: string, title: string, ids: string[], dates: string[], body = 'o:psqw'): PositionRow =>
    ({ person: node(person), body: node(body, 'Organization'), title, articleIds: ids, evidence: ids.map((id) => `句${id}`), dates });

  it('makes two anchor rows of one person, one title and one body one post spanning both', () => {
    const groups = new Map([['o:psqw', [
      row('p:ljg', '区委书记', ['a:1'], ['2021-03-05']),
      row('p:ljg', '区委书记', ['a:2'], ['2022-06-15']),
      row('p:ljg', '区委副书记', ['a:3'], ['2020-01-01']),
      row('p:zm', '区委书记', ['a:4'], ['2023-05-10']),
    ]]]);
    const merged = mergedPositions(groups).get('o:psqw')!;
    expect(merged).toHaveLength(3);
    const posts = positionsOver(merged).map((p) => `${p.person.id} ${p.title} ${p.from}..${p.to} ${p.evidence.length}`);
    expect(posts).toEqual([
      'p:ljg 区委副书记 2020-01-01..2020-01-01 1',
      'p:ljg 区委书记 2021-03-05..2023-05-10 2',
      'p:zm 区委书记 2023-05-10..2023-05-10 1',
    ]);
  });
});
