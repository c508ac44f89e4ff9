// Bylines and credits as real pages write them; every name and sentence here is made up.
import { beforeAll, describe, expect, it } from 'vitest';
import { splitArticles } from '../../src/extract/articles.ts';
import { bylineCredits, captionCredit, editorsOf, reportersOf } from '../../src/extract/finders/bylines.ts';
import { extractDocuments } from '../../src/extract/index.ts';
import { normalize } from '../../src/extract/normalize.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

const BODY = '两地代表团举行座谈，就产业协作、人才交流等事项深入交换意见，并签署了合作框架协议，会议还研究了下一步工作。';

/** The reporters of each article of a made-up file, through the whole extractor. */
function reportersByArticle(text: string): string[][] {
  const x = extractDocuments([{ source: 'byline.txt', text }]);
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.articles.map((a) => x.relations.filter((r) => r.type === 'REPORTED' && r.to === a.id).map((r) => name.get(r.from)!));
}

describe('bylines: who reported', () => {
  it('reads every credit form: spaced names, 作者, 记者：X、Y, a name before its role, 文/图 after names', () => {
    expect(reportersOf('某某日报记者 秦 岚 薛文海')).toEqual(['秦岚', '薛文海']);
    expect(reportersOf('记者 韦立成/文 霍在东/图')).toEqual(['韦立成', '霍在东']);
    expect(reportersOf('作者：葛思远')).toEqual(['葛思远']);
    expect(reportersOf('记者：沈明珠、邵一帆')).toEqual(['沈明珠', '邵一帆']);
    expect(reportersOf('汪子健 见习记者 詹若曦')).toEqual(['汪子健', '詹若曦']);
    expect(reportersOf('□记者 邹北辰 整理报道')).toEqual(['邹北辰']);
    // Where the report was filed stands before 报道, after the names.
    expect(reportersOf('记者 韦立成、秦岚 河东报道')).toEqual(['韦立成', '秦岚']);
    // A rare surname the statistics lack counts where the byline sets the name apart.
    expect(reportersOf('通讯员 禤文博 谢安琪')).toEqual(['禤文博', '谢安琪']);
  });

  it('never takes editors, reviewers or an anonymous credit for reporters', () => {
    expect(reportersOf('记者 温子墨 编辑 陶语桐 审核 卢远山')).toEqual(['温子墨']);
    expect(reportersOf('作者：佚名')).toEqual([]);
    // Names alone in a byline's brackets are its reporters; a paper's name is not.
    expect(reportersOf('葛思远 邵一帆')).toEqual(['葛思远', '邵一帆']);
    expect(reportersOf('某某日报')).toEqual([]);
    expect(reportersOf('责任编辑：钟晓岚')).toEqual([]);
  });

  it('reads credits in square brackets and a photographer named last in a caption', () => {
    expect(bylineCredits('某某新闻讯【记者邵一帆】')).toBe('记者邵一帆');
    expect(captionCredit('签约仪式现场 摄影 葛思远')).toEqual(['葛思远']);
  });

  it('takes a bare byline after the body as the article\'s closing credit, not as an article', () => {
    const drafts = splitArticles(normalize(['两地座谈会举行', '', BODY, '', '记者 葛思远', '编辑：陶语桐'].join('\n')));
    expect(drafts).toHaveLength(1);
    expect(reportersByArticle(['两地座谈会举行', '', BODY, '', '记者 葛思远', '编辑：陶语桐'].join('\n'))).toEqual([['葛思远']]);
    const last = ['两地座谈会举行', '2021年11月20日 07:58:15', '来源：某某融媒体中心', BODY, BODY, '记者 葛思远'].join('\n');
    expect(splitArticles(normalize(last))).toHaveLength(1);
    expect(reportersByArticle(last)).toEqual([['葛思远']]);
  });

  it('keeps a web page with a publication line, photos and a dateline byline as one article', () => {
    const page = ['两地开发区签订合作协议', '', '来源：  作者：葛思远  2019-10-28 18:20:00', '', '图片_20191027_副本', '', '考察团参观开发区项目', '',
      `某某网河东1028日讯（记者 葛思远 通讯员 邵一帆）1027日，${BODY}`].join('\n');
    const x = extractDocuments([{ source: 'page.txt', text: page }]);
    expect(x.articles).toHaveLength(1);
    expect(x.articles[0]!.title).toBe('两地开发区签订合作协议');
    expect(x.articles[0]!.date).toBe('2019-10-27');
    expect(reportersByArticle(page)).toEqual([['葛思远', '邵一帆']]);
  });

  it('opens articles at X消息（记者 Y） and X讯【记者Y】', () => {
    expect(reportersByArticle(`某某在线频道消息（记者 韦立成）：12月1日，${BODY}`)).toEqual([['韦立成']]);
    expect(reportersByArticle(`新某某讯【记者沈明珠】12月5日下午，${BODY}`)).toEqual([['沈明珠']]);
  });

  it('reads the byline forms of the issue: an unclosed bracket, 作者：X Y, 【记者 X】, 实习生 X, X 摄影报道', () => {
    const one = (text: string) => reportersByArticle(text)[0];
    expect(one(`本报讯（记者韦立成通讯员秦岚 3月5日，${BODY}`)).toEqual(['韦立成', '秦岚']);
    expect(one(`本报讯（记者韦立成通讯员秦岚3月5日，${BODY}`)).toEqual(['韦立成', '秦岚']);
    expect(one(`两地座谈会举行\n作者：韦立成 秦岚\n3月5日，${BODY}`)).toEqual(['韦立成', '秦岚']);
    expect(one(`两地座谈会举行\n【记者 韦立成】3月5日，${BODY}`)).toEqual(['韦立成']);
    expect(one(`两地座谈会举行\n本报讯 实习生 韦立成 3月5日，${BODY}`)).toEqual(['韦立成']);
    expect(one(`两地座谈会举行\n${BODY}\n座谈会现场 韦立成 摄影报道`)).toEqual(['韦立成']);
  });

  it('takes editors and reviewers for people of the article, never for its reporters', () => {
    const text = `两地座谈会举行\n本报记者 韦立成\n${BODY}\n责任编辑：秦岚\n审核：葛思远`;
    expect(reportersByArticle(text)).toEqual([['韦立成']]);
    const people = extractDocuments([{ source: 'ed.txt', text }]).entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people.sort()).toEqual(['葛思远', '秦岚', '韦立成'].sort());
  });

  it('reads an empty credit field as empty, not the next field\'s label as a name', () => {
    expect(editorsOf('来源：某某网 作者： 编辑： 时间：2020-04-03 字号：大')).toEqual([]);
    expect(editorsOf('供稿： 编辑： 责编： 来源：某某频道')).toEqual([]);
    expect(editorsOf('编辑：秦岚 审核：葛思远 来源：某某日报')).toEqual(['秦岚', '葛思远']);
  });

  it('keeps a publication line in the page footer with the article above, which it dates', () => {
    for (const footer of [['发布时间：2024-03-06 10:20', '来源：某某日报'], ['', '2024-03-06 10:20 来源：某某日报']]) {
      const x = extractDocuments([{ source: 'footer.txt', text: ['两地座谈会举行', `本报讯（记者 韦立成）3月5日，${BODY}`, '', BODY, ...footer].join('\n') }]);
      expect(x.articles.map((a) => [a.title, a.date])).toEqual([['两地座谈会举行', '2024-03-05']]);
    }
  });
});

