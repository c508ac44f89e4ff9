// How a page frames its article (script, pairings, places) as real pages write it. Every sentence here is made up.
import { beforeAll, describe, expect, it } from 'vitest';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { one, rels } from './extract-helpers.ts';

// The segmenter loads its dictionary on first use (seconds on a busy machine): not any one test's time.
beforeAll(() => void wordBoundaries('预热'), 60_000);

describe('script on traditional pages', () => {
  it('pairs the places of a 蘇陜協作 meeting written with the variant 陜', () => {
    const x = one('兩地協作聯席會議召開\n\n3月5日，江宁区—宁陜县蘇陜協作工作聯席會議在江宁区召開。\n');
    expect(rels(x, 'PAIRED_WITH')).toEqual(['江宁区 -> 宁陕县']);
  });
});
