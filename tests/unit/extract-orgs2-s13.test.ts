// Bodies named only inside a post title (thirteenth session, `orgs2`). Made-up sentences and invented names only.
import { beforeAll, describe, expect, it } from 'vitest';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { names, one } from './extract-helpers.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

const orgs = (text: string) => names(one(text), 'Organization');

describe('a county 人大常委会 or 政协 named only in a title', () => {
  it('is no entity: the title lists an official present', () => {
    const got = orgs('本报讯 4月2日，吴兴区召开乡村振兴推进会。区人大常委会副主任林一平、区政协副主席何二成出席会议。');
    expect(got.filter((n) => /人大|政协/.test(n))).toEqual([]);
  });

  it('is an entity when the article has it act', () => {
    const got = orgs('本报讯 4月2日，吴兴区人大常委会召开第五次会议。区人大常委会主任林一平主持会议。');
    expect(got).toContain('吴兴区人大常委会');
  });

  it('is an entity when the title names its 党组', () => {
    const got = orgs('本报讯 4月2日，吴兴区召开会议。区政协党组书记、主席何二成出席会议。');
    expect(got).toContain('吴兴区政协');
  });
});
