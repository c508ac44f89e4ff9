// Bodies written bare (区委, 区商务局) and events take the article's own place, not a place the text names only
// in passing. Made-up sentences in the papers' style, never corpus text.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/extract/index.ts';
import { names, one } from './extract-helpers.ts';

// The segmenter and the division data load once per process: seconds, not a test's business; a test may take
// seconds more on a loaded machine (the limit below is no timing assertion).
beforeAll(() => void one('预热'), 60_000);

describe('a bare body belongs to the article’s own place', () => {
  it('not to the place its delegation visits, however often the visit names it', () => {
    const x = one(
      [
        '5月10日，第三届博览会在成都举行。青羊区代表团参会取得成果。',
        '牵头部门区商务局精心筹划，区投促中心强化对接。',
        '会议期间，小分队赴成都市武侯区参观了武侯区规划馆。',
      ].join('\n'),
    );
    const bodies = names(x, 'Organization');
    expect(bodies).toContain('青羊区商务局');
    expect(bodies.some((b) => b.startsWith('武侯区'))).toBe(false);
  }, 60_000);
});

describe('a place inside a paper’s name is no place of the article', () => {
  it('an X报 named after a landmark does not name the area of that short form, nor own the bare 市委', () => {
    const x = one('南平新闻网—武夷山报\n\n11月4日，市委书记张三会见了在南平考察的企业家。');
    expect(names(x, 'District')).toEqual(['南平市']);
    expect(x.entities.filter((e) => e.name.startsWith('武夷山'))).toEqual([]);
  }, 60_000);
});

describe('a bare 高新区 is the zone the article names in full', () => {
  it('without the preposition glued to it, and it owns the bodies written after it', () => {
    const x = one('本报讯 3月2日，华远集团与临沂高新区签署合作协议。临沂高新区管委会主任张三出席。张三表示，将为高新区产业发展提供服务，与高新区共同发展。高新区财政局局长李四参加签约。');
    expect(names(x, 'District')).toEqual(['临沂高新区']);
    expect(names(x, 'Organization')).toContain('临沂高新区财政局');
  }, 60_000);
});

describe('a body of no named place stays its article’s own', () => {
  it('two articles’ bare 区人大常委会 are two entities, each in its article, each with its own chair', () => {
    const x = extractDocuments([
      { source: 'a.txt', text: '本报讯 5月6日，区人大常委会召开第十次会议。区人大常委会主任张明主持会议。' },
      { source: 'b.txt', text: '本报讯 6月8日，区人大常委会召开第十二次会议。区人大常委会主任王华主持会议。' },
    ]);
    const bodies = x.entities.filter((e) => e.name === '区人大常委会');
    expect(bodies).toHaveLength(2);
    expect(bodies.map((b) => b.articles.length)).toEqual([1, 1]);
    const chairs = bodies.map((b) => x.relations.filter((r) => r.type === 'HOLDS_POSITION' && r.to === b.id).map((r) => x.entities.find((e) => e.id === r.from)?.name));
    expect(chairs.flat().sort()).toEqual(['张明', '王华']);
    expect(chairs.every((c) => c.length === 1)).toBe(true);
  }, 60_000);
});

describe('an event is held where the guests come to, never at a place of the page’s footer', () => {
  const heldIn = (text: string) => {
    const x = one(text);
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    return x.relations.filter((r) => r.type === 'HELD_IN').map((r) => `${name.get(r.from)} @ ${name.get(r.to)}`).sort();
  };

  it('来 + the first character of the host (来松) makes the guests’ district a visitor, not the article’s place', () => {
    const held = heldIn('本网讯 去年，松阳县和嘉兴市秀洲区成为山海协作结对县。5月4日，秀洲区区长张明率代表团来松考察并签约。秀洲区代表团参观了秀洲区对口的企业。在随后的座谈会上，张明介绍了秀洲区发展情况。');
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((h) => h.endsWith('@ 松阳县')), held.join('; ')).toBe(true);
  }, 60_000);

  it('the publisher’s address in the footer (版权所有… 地址：…) is not where the visit was', () => {
    const held = heldIn('湖北大学与鄂州市开展合作\n\n3月2日，湖北大学代表团一行考察调研，双方就合作进行商谈。鄂州市领导表示欢迎。\n\n版权所有©湖北大学 地址：湖北省武汉市武昌区友谊大道1号');
    expect(held).toEqual(['湖北大学代表团一行考察调研 @ 鄂州市']);
  }, 60_000);
});

describe('a place’s short form inside a set phrase is no place', () => {
  it('富裕安康 (prosperous and well) does not name 安康市', () => {
    const x = one('本报讯 3月2日，吕梁市与山西大学签署合作协议，共建生态宜居、富裕安康的美丽吕梁。');
    expect(names(x, 'District')).toEqual(['吕梁市']);
  }, 60_000);
});

describe('a meeting keeps its session number', () => {
  it('X常委会举行第十六次会议 is X常委会第十六次会议', () => {
    const x = one('本报讯 1月12日，区第四届人大常委会举行第十六次会议。区人大常委会主任张明主持会议。');
    expect(names(x, 'Event')).toEqual(['区第四届人大常委会第十六次会议']);
  }, 60_000);
});

describe('a body’s name runs to its last body noun', () => {
  it('…中心联络站 is the 联络站, not the 中心 it is named after', () => {
    const x = one('本报讯 3月2日，广州市天河区龙洞街道人大代表中心联络站正式揭牌。');
    expect(names(x, 'Organization')).toEqual(['天河区龙洞街道人大代表中心联络站']);
  }, 60_000);
});

describe('a democratic party’s body keeps the party in its name', () => {
  it('民建成都公司家联谊会 and 民建成都市公司家联谊会 are one body of 民建', () => {
    const x = one('本报讯 3月2日，临港经济开发区与民建成都公司家联谊会签订合作协议。民建成都市公司家联谊会会长张明出席。');
    expect(names(x, 'Organization')).toEqual(['民建成都市公司家联谊会']);
  }, 60_000);
});

describe('a signing within another event is named by its parties when the agreement is only a kind', () => {
  it('签订战略合作协议 names no signing: A与B战略合作签约仪式 does', () => {
    const x = one('本报讯 11月18日，2022特色产业园区专题推介会在沪举行。会上，中铁华东指挥部与东港镇政府签订战略合作协议。');
    expect(names(x, 'Event')).toEqual(['2022特色产业园区专题推介会', '中铁华东指挥部与东港镇政府战略合作签约仪式']);
  }, 60_000);
});

describe('a subsidiary named by its kind alone is its parent’s', () => {
  it('城轨公司 after 中铁三局 in its sentence is 中铁三局城轨公司', () => {
    const x = one('本报讯 3月2日，中铁三局与青山镇签订合作协议。中铁三局与青山镇渊源深厚，特别是城轨公司落户青山镇以来合作不断。');
    expect(names(x, 'Enterprise')).toEqual(['中铁三局', '中铁三局城轨公司']);
  }, 60_000);
});
