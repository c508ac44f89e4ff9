// The cluster step (src/identity/cluster.ts): anchors of one name into people, whatever their order.
import { describe, expect, it } from 'vitest';
import { clusterName, type AnchorGroup } from '../../src/identity/cluster.ts';

const anchor = (id: string, first: string | null, last: string | null, mentions = 5, posted = first !== null): AnchorGroup =>
  ({ id, posted, first, last, mentions, unanchored: false });
const bare = (id: string, mentions: number): AnchorGroup => ({ id, posted: false, first: null, last: null, mentions, unanchored: false });
const none = (id: string, mentions: number): AnchorGroup => ({ ...bare(id, mentions), unanchored: true });

function permutations<T>(list: T[]): T[][] {
  if (list.length <= 1) return [list];
  return list.flatMap((x, i) => permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe('clusterName', () => {
  it('keeps apart two districts\' posts seen at overlapping times', () => {
    const c = clusterName([anchor('p:pingshan', '2024-01-01', '2025-06-01'), anchor('p:luohu', '2025-01-01', '2025-12-01')]);
    expect(c.get('p:pingshan')).not.toBe(c.get('p:luohu'));
  });

  it('joins posts that follow one another into one career (a transfer)', () => {
    const c = clusterName([anchor('p:later', '2024-03-01', '2025-06-01'), anchor('p:earlier', '2021-01-01', '2023-12-01')]);
    expect(c.get('p:later')).toBe('p:earlier');
    expect(c.get('p:earlier')).toBe('p:earlier');
  });

  it('joins a bare name to the one career of its name, or to a cluster that dwarfs it; else keeps it apart', () => {
    const one = clusterName([anchor('p:a', '2024-01-01', '2025-01-01', 2), bare('p:visit', 9)]);
    expect(one.get('p:visit')).toBe('p:a');
    const two = clusterName([anchor('p:a', '2024-01-01', '2025-01-01', 30), anchor('p:b', '2024-02-01', '2025-01-01', 30), bare('p:visit', 2)]);
    expect(two.get('p:visit')).toBe('p:a'); // 30 ≥ 2 × 2; p:a before p:b in code-point order on a tie
    const even = clusterName([anchor('p:a', '2024-01-01', '2025-01-01', 10), anchor('p:b', '2024-02-01', '2025-01-01', 10), bare('p:x', 8)]);
    expect(even.get('p:x')).toBe('p:x');
  });

  it('makes a name no post places anywhere one person (a byline, a national figure named bare in many papers)', () => {
    const c = clusterName([bare('p:x', 10), bare('p:y', 8), none('p:n', 3)]);
    expect(new Set(c.values())).toEqual(new Set(['p:x']));
  });

  it('joins mentions nothing placed to a dominant candidate only', () => {
    expect(clusterName([anchor('p:a', '2024-01-01', '2025-01-01', 10), none('p:n', 50)]).get('p:n')).toBe('p:a');
    const two = [anchor('p:a', '2024-01-01', '2025-01-01', 10), anchor('p:b', '2024-02-01', '2025-01-01', 9), none('p:n', 1)];
    expect(clusterName(two).get('p:n')).toBe('p:n');
  });

  it('gives the same clusters in every order of its input', () => {
    const groups = [
      anchor('p:a', '2021-01-01', '2022-01-01'), anchor('p:b', '2023-01-01', '2024-01-01'), anchor('p:c', '2021-06-01', '2025-01-01'),
      bare('p:d', 1), none('p:e', 2),
    ];
    const expected = clusterName(groups);
    for (const p of permutations(groups)) expect(clusterName(p)).toEqual(expected);
  });
});
