// Bodies on real pages, round twelve: a city's or province's department named only in a visiting official's title.
import { beforeAll, describe, expect, it } from 'vitest';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { names, one, rels } from './extract-helpers.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

describe('a department of a city or province named only in a post title', () => {
  it('introduces an official from elsewhere: no body of the article, the post still held', () => {
    const x = one('本报讯（记者 张明远）5月8日，甘肃省考察团到永嘉县考察。甘肃省科技厅副厅长王立新，县委书记陈立新参加座谈。');
    expect(names(x, 'Organization')).toEqual([]);
    expect(rels(x, 'HOLDS_POSITION').some((r) => r.startsWith('王立新 -> ') && r.endsWith('副厅长)'))).toBe(true);
  });

  it('one whose head signs is a party to the signing', () => {
    const x = one('本报讯（记者 张明远）5月8日，永嘉县与湖北省开展合作。湖北省商务厅厅长李明与永嘉县县长王刚签署合作备忘录。');
    expect(names(x, 'Organization')).toEqual(['湖北省商务厅']);
    expect(rels(x, 'SIGNED')).toContain('湖北省商务厅 -> EVENT');
  });

  it('one that acts in the article is its body, titles and all', () => {
    const x = one('本报讯（记者 张明远）5月8日，甘肃省科技厅在永嘉县召开协作推进会。甘肃省科技厅副厅长王立新主持会议。');
    expect(names(x, 'Organization')).toEqual(['甘肃省科技厅']);
  });

  it('a county department named in a title stays a body (the rule is for cities and provinces)', () => {
    const x = one('本报讯（记者 张明远）5月8日，永嘉县召开协作推进会。永嘉县商务局局长王立新主持会议。');
    expect(names(x, 'Organization')).toEqual(['永嘉县商务局']);
  });
});
