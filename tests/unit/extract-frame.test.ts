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

describe('pairings written apart from the helper', () => {
  it('pairs the helper earlier in the clause with each place of a 对口援建 list', () => {
    const x = one('援建工作会议召开\n\n5月8日，援建工作会议召开。据介绍，省里作出了绵阳市承担新一轮对口援建阿坝州理县、茂县的部署。\n');
    expect(rels(x, 'PAIRED_WITH').sort()).toEqual(['绵阳市 -> 理县', '绵阳市 -> 茂县']);
  });

  it('pairs the place that pledges (A将…) with the place it aids in a later clause', () => {
    const x = one('两地座谈会举行\n\n6月3日，两地座谈会举行。他说，苏州市将认真落实部署，继续做好对口支援铜仁市各项工作。\n');
    expect(rels(x, 'PAIRED_WITH')).toEqual(['苏州市 -> 铜仁市']);
  });

  it('pairs no one where the aid has no place of its own before it', () => {
    const x = one('两地座谈会举行\n\n6月3日，两地座谈会举行。会议强调，要持续做好对口支援铜仁市各项工作。\n');
    expect(rels(x, 'PAIRED_WITH')).toEqual([]);
  });
});
