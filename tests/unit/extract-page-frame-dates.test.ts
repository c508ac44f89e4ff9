// Dates on text the extractor was not tuned on: a page's own date above the headlines (an e-paper masthead, a
// portal's publication line) is not the event's day when the lead opens without one. Every sentence is made up.
import { beforeAll, describe, expect, it } from 'vitest';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { one } from './extract-helpers.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

const OPENER = '乡情浓浓，共谋发展。两地携手，共绘新篇。';
const EVENT = '6月5日上午，某某县与某某区举行协作座谈会，双方签署了结对帮扶协议。会议还研究了下一步工作安排。';

describe("a page's date above the headlines is not the event's day", () => {
  it('takes the day written in the body below an e-paper masthead', () => {
    const x = one(`第01版：要闻\n\n2021年6月9日 星期三\n\n某某县与某某区签署结对帮扶协议\n\n□记者 秦岚\n\n${OPENER}${EVENT}`);
    expect(x.articles.map((a) => a.date)).toEqual(['2021-06-05']);
  });

  it("takes the day below a portal's date line, and the page's date where the body writes none", () => {
    const withDay = one(`某某县与某某区签署结对帮扶协议\n\n2021年06月09日 14:08 | 来源：某某网\n\n${OPENER}${EVENT}`);
    expect(withDay.articles.map((a) => a.date)).toEqual(['2021-06-05']);
    const without = one(`某某县与某某区签署结对帮扶协议\n\n2021年06月09日 14:08 | 来源：某某网\n\n${OPENER}${EVENT.replace('6月5日上午，', '')}`);
    expect(without.articles.map((a) => a.date)).toEqual(['2021-06-09']);
  });
});
