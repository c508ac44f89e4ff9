// Rules for dates, attendance, signatories, pairings, bylines and names as real pages write them
// (issue 10). Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { dateClues, resolveDate } from '../../src/extract/finders/dates.ts';
import { normalize } from '../../src/extract/normalize.ts';
import { one, rels } from './extract-helpers.ts';

describe('dates on real pages', () => {
  it('reads a past year after 特别是在 as a past year, and "YYYY年，是…" as the current one', () => {
    const past = dateClues('5月9日，代表团赴甲市交流', '特别是在2020年，两市克服困难，合作不断深化。', null);
    expect(resolveDate(past, [], null)).toBe('2021-05-09');
    const current = dateClues('2月18日上午，小组讨论会召开', '总结了全县2013年的工作。2014年，是全面深化改革的第一年。', null);
    expect(resolveDate(current, [], null)).toBe('2014-02-18');
  });
});

describe('layout on real pages', () => {
  it('joins the lines around a comma a scraper put on a line of its own', () => {
    const n = normalize('市委书记王卫致辞\n,\n副市长李明、张华\n,\n以及企业负责人出席。\n');
    expect(n.text).toBe('市委书记王卫致辞，副市长李明、张华，以及企业负责人出席。');
    const x = one('甲市举行招商推介座谈会\n\n3月24日下午，甲市在上海举行招商推介座谈会。\n市委书记王卫致辞，副市长李明、张华\n,\n市政府秘书长赵刚出席。\n');
    expect(rels(x, 'ATTENDED')).toEqual(expect.arrayContaining(['李明 -> EVENT', '张华 -> EVENT', '赵刚 -> EVENT']));
  });
});
