// The single/multi-seat rule and the intervals computed from article dates (pure functions).
import { describe, expect, it } from 'vitest';
import { holdersFilter, positionsOver, type PositionRow } from '../../src/api/positions.ts';
import type { EntityNode } from '../../src/api/records.ts';
import { singleSeat, titleMatches } from '../../src/model/seats.ts';

const node = (id: string, __typename: EntityNode['__typename'] = 'Person'): EntityNode =>
  ({ __typename, id, name: id, aliases: [], date: null, kind: null });
const row = (person: string, title: string, dates: (string | null)[], body = 'o:b'): PositionRow => ({
  person: node(person),
  body: node(body, 'Organization'),
  title,
  articleIds: dates.map((_, i) => `a:${person}${i}`),
  evidence: dates.map(() => '句'),
  dates,
});
const spans = (rows: PositionRow[]) => positionsOver(rows).map((p) => `${p.person.id} ${p.title} ${p.from}..${p.to}`);

describe('seats', () => {
  it('names the seat of a one-holder post by its ending, and no seat for deputies and members', () => {
    expect(singleSeat('坪山区委书记')).toBe('区委书记');
    expect(singleSeat('书记')).toBe('书记');
    expect(singleSeat('区长')).toBe('区长');
    expect(singleSeat('坪山区人民政府区长')).toBe('区长');
    for (const title of ['副区长', '区委副书记', '常务副区长', '区委常委', '委员', '主任委员']) expect(singleSeat(title), title).toBeNull();
  });

  it('matches a title written with its body before it, never a deputy of it', () => {
    expect(titleMatches('坪山区委书记', '区委书记')).toBe(true);
    expect(titleMatches('区委书记', '区委书记')).toBe(true);
    expect(titleMatches('区委副书记', '书记')).toBe(false);
    expect(titleMatches('常务副区长', '区长')).toBe(false);
    expect(titleMatches('副区长', '区长')).toBe(false);
    expect(titleMatches('区长', '副区长')).toBe(false);
  });
});

describe('positionsOver', () => {
  it('ends a one-holder post when the next holder is first seen, whatever order the rows come in', () => {
    const rows = [row('p:b', '区委书记', ['2024-05-01', '2023-01-01']), row('p:a', '坪山区委书记', ['2021-01-01', '2022-01-01'])];
    const expected = ['p:a 坪山区委书记 2021-01-01..2023-01-01', 'p:b 区委书记 2023-01-01..2024-05-01'];
    expect(spans(rows)).toEqual(expected);
    expect(spans([...rows].reverse())).toEqual(expected);
  });

  it('keeps deputies side by side until their last sighting, and seats apart in other bodies', () => {
    const rows = [
      row('p:a', '副区长', ['2021-01-01', '2025-01-01']),
      row('p:b', '副区长', ['2022-01-01']),
      row('p:c', '区长', ['2021-01-01', '2021-06-01'], 'o:x'),
      row('p:d', '区长', ['2023-01-01'], 'o:y'),
    ];
    expect(spans(rows)).toEqual([
      'p:a 副区长 2021-01-01..2025-01-01',
      'p:c 区长 2021-01-01..2021-06-01',
      'p:b 副区长 2022-01-01..2022-01-01',
      'p:d 区长 2023-01-01..2023-01-01',
    ]);
  });

  it('leaves undated posts without from and to, last, and out of every date', () => {
    const positions = positionsOver([row('p:u', '主任', [null]), row('p:v', '主任', ['2022-01-01', null])]);
    expect(positions.map((p) => [p.person.id, p.from, p.to])).toEqual([['p:v', '2022-01-01', '2022-01-01'], ['p:u', null, null]]);
    expect(holdersFilter(positions, '主任', '2022-01-01').map((p) => p.person.id)).toEqual(['p:v']);
    expect(holdersFilter(positions, null, null)).toHaveLength(2);
  });
});
