// How pages frame an article on text the extractor was not tuned on: a page's 作者 field and a page's meta line
// that runs straight onto the body. Every name and sentence here is made up.
import { beforeAll, describe, expect, it } from 'vitest';
import { metaRunOnAt } from '../../src/extract/layout-noise.ts';
import { normalize } from '../../src/extract/normalize.ts';
import { authorField } from '../../src/extract/relations/reported.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { names, one, rels } from './extract-helpers.ts';

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

describe("a page's meta line is never the body's first line", () => {
  const META = '发布时间: 2020-05-06 10:20 | 来源: 某某新闻中心 | 作者: 葛思远 | 责任编辑: 邵一帆';
  const LEAD = '5月6日，某某县代表团赴某某市考察，两地签署了合作框架协议。';

  it('splits a meta line the scraper ran onto the body, after its last field', () => {
    expect(metaRunOnAt(`${META}${LEAD}`)).toBe(META.length);
    expect(metaRunOnAt(`发布时间:2020-05-06 来源:某某网 放大 缩小 浏览量:${LEAD}`)).toBe(`发布时间:2020-05-06 来源:某某网 放大 缩小 浏览量:`.length);
    expect(metaRunOnAt(`发布日期: 2020-05-06 来源: 某某馆 字体:[ | | ]${LEAD}`)).toBe(`发布日期: 2020-05-06 来源: 某某馆 字体:[ | | ]`.length);
    // A name field whose name runs onto the body's first word: a name of three characters.
    expect(metaRunOnAt(`${META}吴诗远率考察团来访，双方举行座谈并签署了合作框架协议。`)).toBe(META.length);
    expect(metaRunOnAt(META)).toBe(-1);
    expect(metaRunOnAt(LEAD)).toBe(-1);
  });

  it('keeps the meta line and the body apart in the normalized text, with true offsets', () => {
    for (const text of [`${META}${LEAD}`, `${META}\n\n${LEAD}`, `标题在此\n${META}\n${LEAD}`]) {
      const n = normalize(text);
      const paras = n.paragraphs.map((p) => n.text.slice(p.start, p.end));
      expect(paras).toContain(META);
      expect(paras).toContain(LEAD);
      const lead = n.text.indexOf(LEAD);
      expect(text.slice(n.offsets[lead]!, n.offsets[lead]! + 5)).toBe(LEAD.slice(0, 5));
    }
  });

  it('reads the reporter and the editor of such a page, and its body', () => {
    const x = one(`${META}${LEAD}`);
    expect(rels(x, 'REPORTED').map((r) => r.split(' -> ')[0])).toEqual(['葛思远']);
    expect(names(x, 'Person')).toEqual(['葛思远', '邵一帆']);
    expect(x.articles[0]!.date).toBe('2020-05-06');
  });
});

describe('a pairing visit to the host written by a one-character abbreviation', () => {
  const HOME = '本报讯（记者 葛思远）6月5日，龙岗区召开支援合作工作会议，龙岗区区委书记韦立成出席会议并讲话。';

  it('pairs the visiting place with the article\'s own place ("A领导来岗开展支援合作对接")', () => {
    const x = one(`${HOME}\n当天下午，赣州市寻乌县领导来岗开展支援合作对接工作，双方召开座谈会，共商合作大计。`);
    expect(rels(x, 'PAIRED_WITH')).toEqual(['寻乌县 -> 龙岗区']);
  });

  it('pairs nothing without a visiting place, or without a pairing word', () => {
    expect(rels(one(`${HOME}\n会议要求组织更多企业来岗开展支援合作对接，共商合作大计。`), 'PAIRED_WITH')).toEqual([]);
    expect(rels(one(`${HOME}\n当天下午，赣州市寻乌县领导来岗开展招商考察，双方召开座谈会，共商合作大计。`), 'PAIRED_WITH')).toEqual([]);
  });
});

describe('names alone in the brackets that close the body are its reporters', () => {
  const reporters = (text: string) => rels(one(text), 'REPORTED').map((r) => r.split(' -> ')[0]);
  const LEAD = '5月6日，某某县代表团赴某某市考察，两地签署了合作框架协议，将在产业协作、人才交流等方面深化合作。';

  it('reads "。（X）", "（X Y）" and a submitting unit before the name', () => {
    expect(reporters(`${LEAD}（葛思远）`)).toEqual(['葛思远']);
    expect(reporters(`${LEAD}\n（葛思远 邵一帆）`)).toEqual(['葛思远', '邵一帆']);
    expect(reporters(`${LEAD}\n（投资促进事务中心 葛思远）`)).toEqual(['葛思远']);
  });

  it('takes no bracket that is not a credit of names', () => {
    expect(reporters(`${LEAD}（完）`)).toEqual([]);
    expect(reporters(`${LEAD}（图文）`)).toEqual([]);
    expect(reporters(`${LEAD}（第四期）`)).toEqual([]);
    expect(reporters(`${LEAD}（某某县委办）`)).toEqual([]);
  });
});
