import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../src/extract/articles.ts';
import { normalize, sourceSpan } from '../../src/extract/normalize.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

const paragraphs = (src: string) => {
  const n = normalize(src);
  return n.paragraphs.map((p) => n.text.slice(p.start, p.end));
};

describe('normalize', () => {
  it('joins column lines broken mid-name and maps every character back to the source', () => {
    const column = ['本报讯（龙华新闻记者 徐', '蔚昕）1月20日，区委常委会（扩', '', '大）会议召开，听取基层党（工）委', '', '抓基层党建工作述职并进行评', '', '议。区委书记王卫主持会议并讲', '', '话，区委副书记、区长雷卫华出席', '', '会议。市委组织部组织四处处长', '', '孙政一行到会指导。'].join('\n');
    const n = normalize(column);
    expect(n.paragraphs).toHaveLength(1);
    expect(n.text).toContain('徐蔚昕）1月20日，区委常委会（扩大）会议召开');
    for (let i = 0; i < n.text.length; i++) expect(column[n.offsets[i]!]).toBe(n.text[i]);
  });

  it('drops pinyin glossed after a character (区（qū）政府), keeping every offset true', () => {
    const src = '龙华区（qū）委书记王卫到协(xié)作单位调研，会见了CEO（右）。';
    const n = normalize(src);
    expect(n.text).toBe('龙华区委书记王卫到协作单位调研，会见了CEO（右）。');
    for (let i = 0; i < n.text.length; i++) expect(src[n.offsets[i]!]).toBe(n.text[i]);
  });

  it('joins a sentence split by a page break in paragraph layout', () => {
    const long = '形成“政府主导、社会参'.padStart(70, '龙');
    expect(paragraphs(`${long}\n\n与、市场运作”的帮扶格局。\n\n下一段。`)).toEqual([`${long}与、市场运作”的帮扶格局。`, '下一段。']);
  });

  it('lifts a photo caption out of the sentence it interrupts', () => {
    const before = '各方将依托研训基地开展资质培训，把国际标准与检测经验融入课程体系；共建标准化工作委员'.padStart(70, '甲');
    const src = `${before}\n\n\n\n德国莱茵TUV集团首席执行官富笔博士参访深信大。龙岗融媒记者 林德全 摄\n\n会，联合攻关技术难题。`;
    const n = normalize(src);
    const [body, caption] = n.paragraphs;
    expect(n.text.slice(body!.start, body!.end)).toContain('标准化工作委员会，联合攻关');
    expect(caption!.caption).toBe(true);
    expect(n.text.slice(caption!.start, caption!.end)).toMatch(/林德全 摄$/);
  });

  it('turns traditional script into simplified one character for one, and full-width digits into ASCII', () => {
    const n = normalize('龍華區委書記雷衛華出席會議，２０２５年');
    expect(n.text).toBe('龙华区委书记雷卫华出席会议，2025年');
    expect(n.offsets).toHaveLength(n.text.length);
  });

  it('reads 陜, the variant traditional pages write for 陝, as 陕 (OpenCC keeps it)', () => {
    expect(normalize('赴陜西省考察蘇陜協作').text).toBe('赴陕西省考察苏陕协作');
  });

  it('gives source spans that cover the normalized range', () => {
    const src = '  标题\n\n本报讯（记者 张三）正文。';
    const n = normalize(src);
    const [from, to] = sourceSpan(n, 0, n.text.length);
    expect(src.slice(from, to)).toBe('标题\n\n本报讯（记者 张三）正文。');
  });
});

describe('splitArticles', () => {
  it('splits on every byline form and takes the headline before the byline', () => {
    const src = [
      '区委召开常委会会议', '', '本报讯（龙岗融媒记者 李虹莹）3月27日，会议召开。', '',
      '南山签约', '', '深圳特区报讯(记者 韩雪晴)7月3日，签约。', '',
      '企业落户', '', '本报深圳7月4日电 (记者林一帆)昨日，落户。', '',
      '园区开园', '', '鄞州新闻讯（记者 戴文韬 通讯员 应佳琪）3月18日，开园。',
    ].join('\n');
    const drafts = splitArticles(normalize(src));
    expect(drafts.map((d) => d.title)).toEqual(['区委召开常委会会议', '南山签约', '企业落户', '园区开园']);
    expect(drafts.map((d) => d.byline)).toEqual(['本报讯（龙岗融媒记者 李虹莹）', '深圳特区报讯（记者 韩雪晴）', '本报深圳7月4日电 （记者林一帆）', '鄞州新闻讯（记者 戴文韬 通讯员 应佳琪）']);
  });

  it('takes the headline after the body when the file opens with a byline', () => {
    const src = ['本报讯（记者 甲乙）第一篇正文。', '', '第一篇的标题', '', '本报讯（记者 丙丁）第二篇正文。', '', '第二篇的标题'].join('\n');
    expect(splitArticles(normalize(src)).map((d) => d.title)).toEqual(['第一篇的标题', '第二篇的标题']);
  });

  it('keeps text with no byline as one article', () => {
    const drafts = splitArticles(normalize('只有一段没有署名的文字。'));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.bylineParagraph).toBe(-1);
  });
});

describe('splitSentences', () => {
  it('ends sentences at 。！？； with their closing quotes, offsets kept', () => {
    const s = splitSentences('他说：“好。”我们走！下一句', 10, 0);
    expect(s.map((x) => x.text)).toEqual(['他说：“好。”', '我们走！', '下一句']);
    expect(s.map((x) => x.start)).toEqual([10, 17, 21]);
  });

  it('cuts an endless sentence into bounded pieces', () => {
    const s = splitSentences('字'.repeat(5000), 0, 0);
    expect(s.every((x) => x.text.length <= 400)).toBe(true);
    expect(s.map((x) => x.text).join('')).toHaveLength(5000);
  });

  it('leaves page furniture out: navigation bars, breadcrumbs, page labels, counters, jump lines, lone commas', () => {
    const src = ['某某新闻网 | 首页 | 广告服务 | 联系我们', '当前位置：首页 > 区县 > 要闻', '第A03版：要闻', '版面概览', '下一版', '放大  缩小  默认', '发布日期：', '两地座谈会举行', '点击数：', ',',
      '本报讯（记者 葛思远）两地代表团举行座谈。会议研究了下一步工作。（下转02版）'].join('\n');
    const n = normalize(src);
    const paras = n.paragraphs.map((p) => n.text.slice(p.start, p.end));
    expect(paras).toEqual(['两地座谈会举行', '本报讯（记者 葛思远）两地代表团举行座谈。会议研究了下一步工作。']);
    // Offsets still point into the source.
    const headline = n.paragraphs[0]!;
    expect(src.slice(n.offsets[headline.start]!, n.offsets[headline.end - 1]! + 1)).toBe('两地座谈会举行');
    const drafts = splitArticles(n);
    expect(drafts.map((d) => d.title)).toEqual(['两地座谈会举行']);
  });

  it('keeps a line after a navigation bar from running into the line before the bar', () => {
    const n = normalize(['某某网 > 时政要闻', '您的位置: 时政要闻', '两区云签约项目总投资十亿元', '', '（记者 葛思远/文 邵一帆/图）按照部署，3月8日上午，签约活动举行。'].join('\n'));
    expect(n.text.split('\n')[0]).toBe('两区云签约项目总投资十亿元');
    expect(splitArticles(n)[0]!.byline).toBe('（记者 葛思远/文 邵一帆/图）');
  });

  it('trims layout whitespace from sentences, keeping their offsets true', () => {
    const text = '               区长甲乙出席会议。  会议强调，要抓好落实。   ';
    const s = splitSentences(text, 100, 0);
    expect(s.map((x) => x.text)).toEqual(['区长甲乙出席会议。', '会议强调，要抓好落实。']);
    expect(s.map((x) => text.slice(x.start - 100, x.start - 100 + x.text.length))).toEqual(['区长甲乙出席会议。', '会议强调，要抓好落实。']);
  });

  it('joins a post or a name the page broke across lines, and nothing else', () => {
    const paras = (src: string) => {
      const n = normalize(src);
      return n.paragraphs.map((p) => n.text.slice(p.start, p.end));
    };
    expect(paras('本报讯（记者 甲乙）3月5日，某某县委\n\n书记丙丁出席会议并讲话。\n\n会议强调，要抓好落实。')).toEqual(['本报讯（记者 甲乙）3月5日，某某县委书记丙丁出席会议并讲话。', '会议强调，要抓好落实。']);
    expect(paras('3月5日，某某区委书记王\n\n卫出席会议并讲话。\n\n会议强调。')).toEqual(['3月5日，某某区委书记王卫出席会议并讲话。', '会议强调。']);
    expect(paras('3月5日，某某区人大常委会\n主任丙丁主持会议。\n会议强调。\n第二段。')).toEqual(['3月5日，某某区人大常委会主任丙丁主持会议。', '会议强调。', '第二段。']);
    expect(paras('3月5日，某某区委书记\n\n王卫出席会议。')).toEqual(['3月5日，某某区委书记王卫出席会议。']);
    // A finished sentence, or a short line of its own, stays where it is.
    expect(paras('会议由区委主持。\n\n书记丙丁讲话。')).toEqual(['会议由区委主持。', '书记丙丁讲话。']);
    expect(paras('市长\n\n张三')).toEqual(['市长', '张三']);
  });
});

