// Rules added to make the extractor generalize beyond the seeds: every example here is made up.
import { beforeAll, describe, expect, it } from 'vitest';
import { splitArticles } from '../../src/extract/articles.ts';
import { dateClues, resolveDate } from '../../src/extract/finders/dates.ts';
import { extractDocuments } from '../../src/extract/index.ts';
import type { Mention } from '../../src/extract/finders/mention.ts';
import { parseName } from '../../src/extract/finders/names.ts';
import { mentionSentence } from '../../src/extract/finders/sentence.ts';
import { normalize } from '../../src/extract/normalize.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

const people = (ms: Mention[]) => ms.filter((m) => m.type === 'Person').map((m) => [m.surface, (m.titles ?? []).map((t) => t.title)]);
const names = (ms: Mention[]) => ms.filter((m) => m.type === 'Person').map((m) => m.surface);

describe('articles: bylines of other papers', () => {
  it('reads 【X新闻讯】记者 Y 城市报道： as an opening byline and （记者 Y） as a closing one', () => {
    const src = [
      '港岛举办社区节', '', '【南海新聞訊】記者 周啟明 香港報道：港島昨日（3日）舉辦社區節，多個團體參與。', '',
      '兩區簽署合作協議', '', '兩區今日簽署教育合作協議，雙方將互派教師交流學習，共同推動課程建設與教研合作。', '',
      '（記者 黃子聰）',
    ].join('\n');
    const drafts = splitArticles(normalize(src));
    expect(drafts.map((d) => d.title)).toEqual(['港岛举办社区节', '两区签署合作协议']);
    expect(drafts[0]!.byline).toContain('记者 周启明');
    expect(drafts[1]!.byline).toBe('（记者 黄子聪）');
    // Without spaces, the city the reporter filed from is not part of the name.
    const glued = extractDocuments([{ source: 'hk2.txt', text: '【南海新闻讯】记者周启明香港报道：港岛昨日举办社区节。' }]);
    expect(glued.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['周启明']);
    const x = extractDocuments([{ source: 'hk.txt', text: src }]);
    const reporter = (name: string) => x.relations.filter((r) => r.type === 'REPORTED' && x.entities.find((e) => e.id === r.from)?.name === name).map((r) => r.to);
    expect(reporter('周启明')).toEqual([x.articles[0]!.id]);
    expect(reporter('黄子聪')).toEqual([x.articles[1]!.id]);
  });

  it('ends an article at a closing byline written at the end of its last paragraph', () => {
    const src = ['甲区召开会议', '5月5日，湖州市吴兴区召开会议，区长王某某主持。（记者 张文杰）', '乙区举行签约仪式', '5月6日，湖州市南浔区举行签约仪式。（记者 赵一）'].join('\n\n');
    const x = extractDocuments([{ source: 'tail.txt', text: src }]);
    expect(x.articles.map((a) => a.title)).toEqual(['甲区召开会议', '乙区举行签约仪式']);
  });

  it('starts an article at a headline followed by a publication line (web layout)', () => {
    const src = [
      '第一篇标题', '发布日期：2025-05-06', '5日，甲区召开会议，研究部署有关工作。', '会议要求，各单位要抓好落实。',
      '第二篇标题', '发布日期：2025-05-08', '昨日，乙区举行签约仪式，两家企业签约落户。',
    ].join('\n\n');
    const x = extractDocuments([{ source: 'web.txt', text: src }]);
    expect(x.articles.map((a) => [a.title, a.date])).toEqual([['第一篇标题', '2025-05-05'], ['第二篇标题', '2025-05-07']]);
  });
});

describe('web pages without blank lines', () => {
  it('keeps one paragraph per line and opens an article at a date-first publication line', () => {
    const src = ['甲区召开安全生产会议', '2025-05-06 10:20 来源：甲区融媒体中心', '5日，甲区召开安全生产工作会议。', '乙区举行签约仪式', '2025-05-08 09:00 来源：乙区发布', '昨日，乙区举行签约仪式。'].join('\n');
    const x = extractDocuments([{ source: 'web2.txt', text: src }]);
    expect(x.articles.map((a) => [a.title, a.date])).toEqual([['甲区召开安全生产会议', '2025-05-05'], ['乙区举行签约仪式', '2025-05-07']]);
  });
});

describe('dates', () => {
  it('takes the day stated in brackets after 昨日, and the lead day before a dispatch dateline', () => {
    expect(resolveDate(dateClues('某会昨日（3日）举行', '', null), [], '2025-07-04')).toBe('2025-07-03');
    expect(resolveDate(dateClues('21日上午，座谈会召开', '', null, [6, 22]), [2025], null)).toBe('2025-06-21');
    expect(resolveDate(dateClues('昨日，座谈会召开', '', null, [6, 22]), [2025], null)).toBe('2025-06-21');
    // A day after the dispatch day is in the month before.
    expect(resolveDate(dateClues('30日，座谈会召开', '', null, [7, 1]), [2025], null)).toBe('2025-06-30');
  });

  it('lets every article of a file take the year of a sibling meeting name with words before 第N次', () => {
    const c = dateClues('5月9日，会议召开', '镇党委2024年度党建工作第3次专题会议召开。', null);
    expect(c.yearHints).toContain(2024);
    expect(resolveDate(dateClues('6月2日，调研', '', null), [2024], null)).toBe('2024-06-02');
  });
});

describe('names', () => {
  it('reads names without a Han surname after a post, in lists and before 表示/主持', () => {
    const ms = mentionSentence('旗委书记苏和巴雅尔主持会议，旗领导乌日娜、阿拉腾出席，旗长那日苏表示，要抓好落实。', 0, new Set());
    expect(people(ms)).toEqual([['苏和巴雅尔', ['旗委书记']], ['乌日娜', []], ['阿拉腾', []], ['那日苏', ['旗长']]]);
    expect(names(mentionSentence('会上，次仁央宗介绍了有关情况。', 0, new Set()))).toEqual(['次仁央宗']);
    // Words and brands in the same places are not names.
    expect(names(mentionSentence('会上，双方表示将加强合作，相关负责人介绍了情况，腾讯表示支持。', 0, new Set()))).toEqual([]);
  });

  it('reads transliterated names with the middle dot, not places joined by it', () => {
    // The bullet and katakana dots become the middle dot when the text is normalized.
    expect(names(mentionSentence(normalize('汉斯·穆勒教授和玛丽亚•罗西女士、彼得・施密特出席。').text, 0, new Set()))).toEqual(['汉斯·穆勒', '玛丽亚·罗西', '彼得·施密特']);
    expect(names(mentionSentence('甲市·乙县协作联席会议召开。', 0, new Set()))).toEqual([]);
  });

  it('ends a name right before a verb that follows names, even after a rare character', () => {
    expect(parseName('冯志日介绍，', 0, true)).toBe(3);
    expect(parseName('冯志表示，', 0, true)).toBe(2);
  });

  it('knows rare single and compound surnames', () => {
    expect(people(mentionSentence('副局长訾文华、蒯立强、庹红出席，主任呼延明列席。', 0, new Set()))).toEqual([
      ['訾文华', ['副局长']], ['蒯立强', ['副局长']], ['庹红', ['副局长']], ['呼延明', ['主任']],
    ]);
  });
});

/** Names of the relation ends of one type, "from>to". */
function relations(src: string, type: string): string[] {
  const x = extractDocuments([{ source: 'made-up.txt', text: src }]);
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations.filter((r) => r.type === type).map((r) => (type === 'HOLDS_POSITION' ? `${name(r.from)}>${r.title}>${name(r.to)}` : type === 'SIGNED' ? name(r.from) : `${name(r.from)}>${name(r.to)}`));
}
const entityNames = (src: string, type: string) => extractDocuments([{ source: 'made-up.txt', text: src }]).entities.filter((e) => e.type === type).map((e) => e.name);

describe('signing and pairing parties', () => {
  it('takes the longest place as the party and leaves the witness out', () => {
    const src = '本报讯（记者 甲乙）4月2日，浙江省湖州市吴兴区与四川省凉山州美姑县签署协作协议，湖州市副市长钱某某见证签约。';
    expect(relations(src, 'SIGNED').sort()).toEqual(['吴兴区', '美姑县']);
    const after = '本报讯（记者 甲乙）4月2日，湖州市副市长钱某某见证了吴兴区与美姑县的签约。';
    expect(relations(after, 'SIGNED').sort()).toEqual(['吴兴区', '美姑县']);
  });

  it('pairs a crossed list A与B、C与D pair by pair', () => {
    const src = '本报讯（记者 甲乙）4月2日，吴兴区与美姑县、南浔区与昭觉县分别签订结对帮扶协议。';
    expect(relations(src, 'PAIRED_WITH').sort()).toEqual(['南浔区>昭觉县', '吴兴区>美姑县']);
  });
});

describe('resolution of body names', () => {
  it('drops 届 numbers and reads 政府 as 人民政府, a bare 市政府 as the article city', () => {
    const src = '本报讯（记者 甲乙）4月2日，湖州市吴兴区十八届人大常委会召开会议。区十八届人大常委会主任钱某某、区人大常委会副主任孙某某出席，市政府有关负责人到会指导。';
    const orgs = entityNames(src, 'Organization');
    expect(orgs).toContain('吴兴区人大常委会');
    expect(orgs.filter((o) => o.includes('人大'))).toHaveLength(1);
    expect(orgs).toContain('湖州市人民政府');
  });

  it('gives 州长 to the prefecture above the article county', () => {
    const src = '本报讯（记者 甲乙）4月2日，甘肃省临夏州东乡族自治县召开会议，州委副书记、州长马某某出席。';
    expect(relations(src, 'HOLDS_POSITION')).toContain('马某某>州长>临夏回族自治州');
  });

  it('reads a bare 市 in a county-level city as that city, not the prefecture above', () => {
    const src = '本报讯（记者 甲乙）4月2日，义乌市召开市政府常务会议，市长孙某某主持。';
    expect(entityNames(src, 'Organization')).toEqual(['义乌市人民政府']);
    expect(relations(src, 'HOLDS_POSITION')).toEqual(['孙某某>市长>义乌市']);
  });
});

describe('places and bodies of Hong Kong and short forms', () => {
  it('reads district bodies and the district named before them, and a short form alone', () => {
    const src = '【東方新聞訊】記者 甲乙 香港報道：油尖旺區議會昨日（3日）開會，油尖旺民政事務處、運輸署代表出席。';
    expect(entityNames(src, 'District')).toContain('油尖旺区');
    expect(entityNames(src, 'Organization').sort()).toEqual(['油尖旺区议会', '油尖旺民政事务处', '运输署']);
  });

  it('reads Hong Kong districts written in full in a Hong Kong report, and their short forms', () => {
    const src = '【東方新聞訊】記者 甲乙 香港報道：特區政府昨日在油尖旺區舉辦活動，油尖旺居民踴躍參與，活動在社區中心及生活區舉行。';
    const districts = extractDocuments([{ source: 'hk.txt', text: src }]).entities.filter((e) => e.type === 'District');
    expect(districts.find((d) => d.name === '油尖旺区')?.aliases).toContain('油尖旺');
    expect(districts.map((d) => d.name)).not.toContain('生活区');
  });

  it('takes an area short form written alone when its city is named in the file', () => {
    expect(entityNames('本报讯（记者 甲乙）4月2日，重庆市召开会议，渝北、巴南两区参加。', 'District')).toEqual(expect.arrayContaining(['渝北区', '巴南区']));
    // Without its city, the segmenter must read it as a place where it stands.
    expect(entityNames('本报讯（记者 甲乙）4月2日，代表团在渝北考察。', 'District')).toContain('渝北区');
    expect(entityNames('本报讯（记者 甲乙）4月2日，会议召开，安新参加。', 'District')).not.toContain('安新县');
  });

  it('reads a bare 新区 as the file s one X新区, for the place and the bodies it heads', () => {
    const src = '本报讯（记者 甲乙）4月2日，天津滨海新区召开大会。新区管委会主任李某某出席，科技创新区域建设加快。会上，新区与两家企业签约。';
    expect(entityNames(src, 'Organization')).toEqual(['滨海新区管委会']);
    expect(relations(src, 'SIGNED')).toEqual(['滨海新区']);
  });

  // The 人大常委会 is named only in the title, so the post is held in its place (resolve-local.ts).
  it('gives one title to every name of a list', () => {
    expect(relations('本报讯（记者 甲乙）4月2日，湖州市吴兴区召开会议，区人大常委会副主任赵一、钱二、孙三出席。', 'HOLDS_POSITION')).toEqual([
      '赵一>区人大常委会副主任>吴兴区', '钱二>区人大常委会副主任>吴兴区', '孙三>区人大常委会副主任>吴兴区',
    ]);
  });
});
