import { describe, expect, it } from 'vitest';
import { bcubed, mentionKey } from '../../src/synth/identity-gold.ts';

const clusters = (pairs: Record<string, string>): Map<string, string> => new Map(Object.entries(pairs));

describe('bcubed', () => {
  it('is perfect when the prediction groups the mentions as the gold does, whatever the cluster labels', () => {
    const gold = clusters({ a: 'P1', b: 'P1', c: 'P2' });
    expect(bcubed(gold, clusters({ a: 'x', b: 'x', c: 'y' }))).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('merging everything keeps recall and loses precision by cluster share', () => {
    const gold = clusters({ m1: 'A', m2: 'A', m3: 'A', m4: 'A', m5: 'A', m6: 'B', m7: 'B' });
    const all = clusters({ m1: 'x', m2: 'x', m3: 'x', m4: 'x', m5: 'x', m6: 'x', m7: 'x' });
    const r = bcubed(gold, all);
    // Five mentions see 5/7 of their cluster right, two see 2/7: (5·5/7 + 2·2/7) / 7 = 29/49.
    expect(r.precision).toBeCloseTo(29 / 49, 12);
    expect(r.recall).toBe(1);
    expect(r.f1).toBeCloseTo((2 * (29 / 49)) / (29 / 49 + 1), 12);
  });

  it('splitting everything keeps precision and loses recall; a mention missing from the prediction is alone', () => {
    const gold = clusters({ a: 'P1', b: 'P1', c: 'P2' });
    const singletons = bcubed(gold, clusters({ a: '1', b: '2', c: '3' }));
    expect(singletons.precision).toBe(1);
    expect(singletons.recall).toBeCloseTo(2 / 3, 12);
    expect(bcubed(gold, clusters({ a: '1' }))).toEqual(singletons);
  });

  it('scores a mixed error on both sides (one mention split off, one wrongly joined)', () => {
    const gold = clusters({ a: 'A', b: 'A', c: 'B' });
    const r = bcubed(gold, clusters({ a: 'x', b: 'y', c: 'y', extra: 'y' }));
    // a: P 1, R 1/2; b: P 1/2, R 1/2; c: P 1/2, R 1 (the prediction's "extra" is not a gold mention).
    expect(r.precision).toBeCloseTo(2 / 3, 12);
    expect(r.recall).toBeCloseTo(2 / 3, 12);
    expect(r.f1).toBeCloseTo(2 / 3, 12);
  });

  it('tells two namesakes apart only when the prediction does', () => {
    const gold = new Map([
      [mentionKey('a:1', '李伟'), 'P000001'],
      [mentionKey('a:2', '李伟'), 'P000001'],
      [mentionKey('a:3', '李伟'), 'P000002'],
    ]);
    const byName = new Map([...gold.keys()].map((k) => [k, 'p:李伟']));
    expect(bcubed(gold, byName).precision).toBeCloseTo(5 / 9, 12);
    expect(bcubed(gold, byName).recall).toBe(1);
    expect(bcubed(gold, new Map(gold)).f1).toBe(1);
  });
});
