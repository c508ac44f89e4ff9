// How pages frame an article on text the extractor was not tuned on: a page's 作者 field and a page's meta line
// that runs straight onto the body. Every name and sentence here is made up.
import { beforeAll, describe, expect, it } from 'vitest';
import { authorField } from '../../src/extract/relations/reported.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { one, rels } from './extract-helpers.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

const BODY = '两地代表团举行座谈，就产业协作、人才交流等事项深入交换意见，并签署了合作框架协议，会议还研究了下一步工作。';

describe("a page's 作者 field names the reporter", () => {
  it('reads the name in a field of a meta line or in square brackets after the body', () => {
    expect(authorField('发布时间: 2020-05-06 10:20 | 来源: 某某新闻中心 | 作者: 葛思远 | 责任编辑: 邵一帆')).toEqual(['葛思远']);
    expect(authorField('考察团参观了产业园。【来源:某某日报 作者:秦岚】')).toEqual(['秦岚']);
  });

  it('takes no body, no anonymous credit and no 作者 without its colon', () => {
    expect(authorField('作者：某某县委统战部')).toEqual([]);
    expect(authorField('作者:佚名 点击: 61 次')).toEqual([]);
    expect(authorField('本书作者韦立成出席活动')).toEqual([]);
  });

  it('reports the author of a closing 【来源 作者】 credit through the whole extractor', () => {
    const x = one(`5月6日，某某县代表团赴某某市考察。${BODY}【来源:某某日报 作者:秦岚】`);
    expect(rels(x, 'REPORTED').map((r) => r.split(' -> ')[0])).toEqual(['秦岚']);
  });
});
