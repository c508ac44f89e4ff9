import { beforeAll, describe, expect, it } from 'vitest';
import { subUnitParent } from '../../src/extract/finders/bodies.ts';
import { captionCredit, reportersOf } from '../../src/extract/finders/bylines.ts';
import type { Mention } from '../../src/extract/finders/mention.ts';
import { parseName } from '../../src/extract/finders/names.ts';
import { findPlaces } from '../../src/extract/finders/places.ts';
import { mentionSentence } from '../../src/extract/finders/sentence.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';

const people = (ms: Mention[]) => ms.filter((m) => m.type === 'Person').map((m) => [m.surface, (m.titles ?? []).map((t) => t.title)]);
const of = (type: Mention['type'], ms: Mention[]) => ms.filter((m) => m.type === type).map((m) => m.surface);

// The segmenter loads its dictionaries once per process: seconds, not a test's business.
beforeAll(() => void wordBoundaries('预热'), 60_000);

describe('people', () => {
  it('reads posts before a name, several posts joined by 、 or 兼', () => {
    const ms = mentionSentence('区委副书记、区长王策飞与寻乌县委书记蓝贤林一行座谈交流，澜石资本董事长兼首席执行官沈一鸣出席。', 0, new Set());
    expect(people(ms)).toEqual([
      ['王策飞', ['区委副书记', '区长']],
      ['蓝贤林', ['寻乌县委书记']],
      ['沈一鸣', ['澜石资本董事长', '首席执行官']],
    ]);
  });

  it('gives one post to every name of a list, and reads lists after 领导', () => {
    const ms = mentionSentence('副区长郑文涛、黄美玲、许志坚出席会议，寻乌县领导罗俊腾、钟平、廖永强、高磊参加活动。', 0, new Set());
    expect(people(ms)).toEqual([
      ['郑文涛', ['副区长']], ['黄美玲', ['副区长']], ['许志坚', ['副区长']],
      ['罗俊腾', []], ['钟平', []], ['廖永强', []], ['高磊', []],
    ]);
  });

  it('reads honorifics after a name without making them posts', () => {
    const ms = mentionSentence('传达学习习近平总书记重要讲话精神，管理执行董事会主席富笔博士参访。', 0, new Set());
    expect(people(ms)).toEqual([['习近平', []], ['富笔', ['管理执行董事会主席']]]);
  });

  it('reads a bare list of names before 等/出席, but not a list of words', () => {
    expect(people(mentionSentence('王卫、雷卫华等出席会议。', 0, new Set()))).toEqual([['王卫', []], ['雷卫华', []]]);
    expect(people(mentionSentence('多是社保、医保、水电、公积金、领取证照等民生类事项。', 0, new Set()))).toEqual([]);
  });

  it('does not take words for names', () => {
    const ms = mentionSentence('引导广大委员和机关干部牢固树立正确政绩观，不断增强紧跟总书记的思想自觉。', 0, new Set());
    expect(people(ms)).toEqual([]);
  });

  it('decides the length of a name by what follows it', () => {
    expect(parseName('王卫主持会议', 0)).toBe(2);
    expect(parseName('雷卫华出席会议', 0)).toBe(3);
    expect(parseName('孙政一行到会指导', 0)).toBe(2);
    expect(parseName('欧阳志远博士介绍', 0)).toBe(4);
  });

  it('reads reporters from bylines and photo credits, a 文 inside a name included', () => {
    expect(reportersOf('龙岗融媒首席记者 聂滕')).toEqual(['聂滕']);
    expect(reportersOf('记者 戴文韬 通讯员 应佳琪')).toEqual(['戴文韬', '应佳琪']);
    expect(reportersOf('龙华新闻记者 丁小梅 文/图')).toEqual(['丁小梅']);
    expect(captionCredit('签约现场。记者 黄子涵 摄')).toEqual(['黄子涵']);
  });
});

describe('bodies and enterprises', () => {
  it('finds bodies in a list, a conjunction inside a name included', () => {
    const ms = mentionSentence('深圳市委宣传部、市乡村振兴和协作交流局有关负责人到会指导。', 0, new Set());
    expect(of('Organization', ms)).toEqual(['深圳市委宣传部', '市乡村振兴和协作交流局']);
  });

  it('keeps the longest of nested names and reads abbreviations', () => {
    const ms = mentionSentence('期间，工信部信息技术发展司对龙华近年来的成绩表示认可。', 0, new Set());
    expect(of('Organization', ms)).toEqual(['工信部信息技术发展司']);
  });

  it('finds enterprises by suffix but not generic money', () => {
    const ms = mentionSentence('龙华团队拜会了北京航空航天大学、博儒资本等单位，撬动更多社会资本。', 0, new Set());
    expect(of('Enterprise', ms)).toEqual(['博儒资本']);
    expect(of('Organization', ms)).toEqual(['北京航空航天大学']);
  });

  it('reads brands in a list that ends 等企业, but not fields of industry', () => {
    expect(of('Enterprise', mentionSentence('与腾讯、华为、比亚迪等企业深度对接，服务好辖区内大疆等龙头企业。', 0, new Set()))).toEqual(['腾讯', '华为', '比亚迪', '大疆']);
    expect(of('Enterprise', mentionSentence('推动人工智能、机器人等企业集聚。', 0, new Set()))).toEqual([]);
  });

  it('tells a conjunction from a character of a name', () => {
    const ms = mentionSentence('区教育局与和鼎通信有限公司签订协议，并与宏同生物医药资本、恒沛集团合作。', 0, new Set());
    expect(of('Enterprise', ms)).toEqual(['和鼎通信有限公司', '宏同生物医药资本', '恒沛集团']);
  });

  it('does not take a body being built for one that acts', () => {
    const ms = mentionSentence('重庆大学与两江新区管委会共建智能制造创新研究院。', 0, new Set(['两江']));
    expect(of('Organization', ms)).toEqual(['重庆大学', '两江新区管委会']);
  });

  it('folds a sub-unit into its body', () => {
    expect(subUnitParent('市委组织部组织四处')).toBe('市委组织部');
    expect(subUnitParent('龙岗区商务局')).toBe('龙岗区商务局');
  });

  it('records the short name given by 以下简称', () => {
    const ms = mentionSentence('深圳信息职业技术大学（以下简称“深信大”）三方签署协议。', 0, new Set());
    expect(ms.find((m) => m.type === 'Organization')?.shortName).toBe('深信大');
  });
});

describe('places', () => {
  const names = (s: string, known: string[] = []) => findPlaces(s, new Set(known), wordBoundaries(s)).map((h) => h.canonical);

  it('finds full names, safe short forms and known area short forms', () => {
    expect(names('龙岗区于2019年与寻乌县建立关系，深圳龙岗', ['龙岗'])).toEqual(['龙岗区', '寻乌县', '深圳市', '龙岗区']);
    expect(names('龙岗区于2019年与寻乌县建立关系，龙岗')).toEqual(['龙岗区', '寻乌县']);
  });

  it('reads autonomous units and one-character city names', () => {
    expect(names('赴云南省怒江州泸水市考察，赴京开展工作，广西百色市')).toEqual(['云南省', '怒江傈僳族自治州', '泸水市', '北京市', '广西壮族自治区', '百色市']);
  });

  it('does not find places inside words', () => {
    expect(names('助力打造国际化创新城区')).toEqual([]);
  });
});
