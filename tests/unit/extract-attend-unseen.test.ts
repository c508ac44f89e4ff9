// People and attendance on real text the extractor was not tuned on: each failure kind with a made-up
// article written the way the papers write it (no sentence of a real page).
import { describe, expect, it } from 'vitest';
import { one, rels } from './extract-helpers.ts';

// The first extraction loads the segmenter's dictionaries: slow on a loaded machine, no bound is asserted.
const LOAD = { timeout: 60_000 };
const attendees = (text: string): string[] => rels(one(text), 'ATTENDED').map((r) => r.split(' -> ')[0]!).sort();

describe('an official who speaks right after the text tells who came', () => {
  it('attends when his post is named and he 表示 in the same or the next paragraph', LOAD, () => {
    expect(
      attendees(
        '6月3日，第二届青山商会大会在青山区举行。\n当天，东州市副市长张立明出席活动，市级有关部门负责人参加。青山区委书记李德华表示，要继续优化营商环境。\n东州市委统战部副部长赵文清指出，商会要发挥桥梁作用。',
      ),
    ).toEqual(['张立明', '李德华', '赵文清']);
  });

  it('does not attend when the quote stands paragraphs away from any word of who came', LOAD, () => {
    const text =
      '6月3日，第二届青山商会大会在青山区举行。\n东州市副市长张立明出席活动。\n据悉，青山商会成立于2010年，会员企业逾千家。\n目前，商会已在各地设立分会二十余家。\n东州市委书记王光远表示，商会已成为发展的平台。';
    expect(attendees(text)).toEqual(['张立明']);
  });

  it('does not attend when he is named without a post', LOAD, () => {
    expect(attendees('6月3日，第二届青山商会大会在青山区举行。\n东州市副市长张立明出席活动。李德华表示，要继续优化营商环境。')).toEqual(['张立明']);
  });
});

describe('a list of people split by semicolons, closed by what they all did', () => {
  it('every item attends when the last one ends in 一同调研', LOAD, () => {
    expect(
      attendees('6月3日，东州市农科院到青山区调研。东州市农科院党组书记、院长张立明，副院长赵文清；青山区委副书记、区长李德华一同调研。'),
    ).toEqual(['张立明', '李德华', '赵文清']);
  });
});

describe('a host who welcomes the guests on his bodies\' behalf', () => {
  it('attends after the guests\' leader spoke, one speaker after another', LOAD, () => {
    expect(
      attendees(
        '6月3日，东州市党政代表团到青山县考察。\n在当天召开的两地协作联席会上，东州市副市长张立明介绍了东州发展情况。\n张立明表示，两地要深化合作。\n青山县委副书记、县长李德华代表青山县委、县政府，向代表团的到来表示热烈的欢迎。',
      ),
    ).toEqual(['张立明', '李德华']);
  });
});
