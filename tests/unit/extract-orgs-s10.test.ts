// Posts and bodies as unseen real articles write them (tenth session, `orgs`): each rule was counted in at least
// three articles from two provinces before it was written. Made-up sentences only, never corpus text.
import { beforeAll, describe, expect, it } from 'vitest';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { one, rels } from './extract-helpers.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

const posts = (text: string) => rels(one(text), 'HOLDS_POSITION');

describe('a party group member is a post', () => {
  it('reads 党组成员 before a name, and shares it with the post after it', () => {
    const got = posts('本报讯 4月2日，龙岗区政协召开党组会议。区政协党组成员、副主席林一平、何二成参加会议。');
    expect(got.filter((r) => r.startsWith('林一平'))).toEqual(expect.arrayContaining([expect.stringContaining('(区政协党组成员)'), expect.stringContaining('(副主席)')]));
    expect(got.some((r) => r.startsWith('何二成') && r.includes('党组成员'))).toBe(true);
  });
});
