// A chain of titles after one body whose 党组 it names ("X市人大常委会党组成员、副主任"): the 党组 is the body's,
// so the chain's posts are held in the body, and a visit by the body's people pairs its place with the host
// whether the chain names the 党组 or not. Made-up sentences only, never corpus text.
import { beforeAll, describe, expect, it } from 'vitest';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { one, rels } from './extract-helpers.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

const visit = (chain: string) => one(`神木新闻网讯 11月3日，${chain}林一平一行来我市调研东西部协作和对口合作工作。市委书记陆三木陪同。`);
const postsOf = (chain: string) => rels(visit(chain), 'HOLDS_POSITION').filter((r) => r.startsWith('林一平'));

describe('the posts of a chain that names a body\'s 党组 are held in the body', () => {
  it('files 党组成员 and the 副主任 after it under the city\'s 人大常委会, not the bare city', () => {
    expect(postsOf('延安市人大常委会党组成员、副主任')).toEqual(['林一平 -> 延安市人大常委会 (副主任)', '林一平 -> 延安市人大常委会 (延安市人大常委会党组成员)']);
  });

  it('does the same for 党组书记 and 党组副书记 of a 政协 or a 局, and for 党组成员 written after the post', () => {
    expect(postsOf('北京市政协党组副书记、副主席')).toEqual(['林一平 -> 北京市政协 (副主席)', '林一平 -> 北京市政协 (北京市政协党组副书记)']);
    expect(postsOf('北京市人大常委会党组书记、主任')).toEqual(['林一平 -> 北京市人大常委会 (主任)', '林一平 -> 北京市人大常委会 (北京市人大常委会党组书记)']);
    expect(postsOf('北京市商务局党组书记、局长')).toEqual(['林一平 -> 北京市商务局 (北京市商务局党组书记)', '林一平 -> 北京市商务局 (局长)']);
    expect(postsOf('北京市人大常委会副主任、党组成员')).toEqual(['林一平 -> 北京市人大常委会 (党组成员)', '林一平 -> 北京市人大常委会 (北京市人大常委会副主任)']);
  });

  it('keeps a government\'s 党组 post in its place, and a city 人大常委会 named by its post alone in the city', () => {
    expect(postsOf('北京市政府党组成员、副市长')).toEqual(['林一平 -> 北京市 (副市长)', '林一平 -> 北京市 (北京市政府党组成员)']);
    expect(postsOf('延安市人大常委会副主任')).toEqual(['林一平 -> 延安市 (延安市人大常委会副主任)']);
  });
});

describe('a 东西部协作 visit by a body\'s people pairs the body\'s place with the host', () => {
  it('pairs the same with and without 党组成员 in the chain', () => {
    for (const chain of ['延安市人大常委会党组成员、副主任', '延安市人大常委会副主任', '北京市政府党组成员、副市长', '北京市委副书记、市长']) {
      expect(rels(visit(chain), 'PAIRED_WITH'), chain).toEqual([`${chain.slice(0, 3)} -> 神木市`]);
    }
  });
});
