// The extractor on real text it was not tuned on (issue 10's discipline): each rule here is for a kind of
// writing counted in at least 3 articles from 2 provinces, tried on made-up sentences in the papers' style.
import { beforeAll, describe, expect, it } from 'vitest';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { names, one, rels } from './extract-helpers.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

describe('posts', () => {
  it('an adviser (顾问, 总顾问, X发展顾问) is a post before a name; 顾问 inside an enterprise name is not', () => {
    const x = one(
      '本报讯（记者 张明远）3月5日，永嘉县县长陈立新与华远工程顾问集团有限公司总经理林海、华远产业联盟投资发展总顾问赵文博座谈。' +
        '陈立新为乡村振兴规划顾问孙晓东颁发聘书。',
    );
    expect(names(x, 'Person')).toEqual(['孙晓东', '张明远', '林海', '赵文博', '陈立新']);
    expect(rels(x, 'HOLDS_POSITION').join('\n')).toMatch(/赵文博 -> .*总顾问/);
    expect(rels(x, 'HOLDS_POSITION').join('\n')).toMatch(/孙晓东 -> .*顾问/);
    expect(names(x, 'Enterprise')).toContain('华远工程顾问集团有限公司');
  });
});
