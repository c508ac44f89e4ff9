// Bodies written bare (区委, 区商务局) and events take the article's own place, not a place the text names only
// in passing. Made-up sentences in the papers' style, never corpus text.
import { beforeAll, describe, expect, it } from 'vitest';
import { names, one } from './extract-helpers.ts';

// The segmenter and the division data load once per process: seconds, not a test's business.
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
  });
});

describe('a place inside a paper’s name is no place of the article', () => {
  it('an X报 named after a landmark does not name the area of that short form, nor own the bare 市委', () => {
    const x = one('南平新闻网—武夷山报\n\n11月4日，市委书记张三会见了在南平考察的企业家。');
    expect(names(x, 'District')).toEqual(['南平市']);
    expect(x.entities.filter((e) => e.name.startsWith('武夷山'))).toEqual([]);
  });
});

describe('a bare 高新区 is the zone the article names in full', () => {
  it('without the preposition glued to it, and it owns the bodies written after it', () => {
    const x = one('本报讯 3月2日，华远集团与临沂高新区签署合作协议。临沂高新区管委会主任张三出席。张三表示，将为高新区产业发展提供服务，与高新区共同发展。高新区财政局局长李四参加签约。');
    expect(names(x, 'District')).toEqual(['临沂高新区']);
    expect(names(x, 'Organization')).toContain('临沂高新区财政局');
  });
});
