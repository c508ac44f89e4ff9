// Failure kinds of real news that the extractor was not tuned on, each with made-up sentences (never corpus text).
import { beforeAll, describe, expect, it } from 'vitest';
import { captionCredit } from '../../src/extract/finders/bylines.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { one, rels } from './extract-helpers.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

describe('photo credits run onto 摄 after a caption', () => {
  it('reads a bare name before 摄 after the caption sentence ends', () => {
    expect(captionCredit('图为考察团在产业园参观。王晓峰摄')).toEqual(['王晓峰']);
    expect(captionCredit('图为签约现场。 李婷摄')).toEqual(['李婷']);
  });

  it('takes no verb clause or staff word for a name', () => {
    expect(captionCredit('图为游客在湖边拍摄')).toEqual([]);
    expect(captionCredit('全体人员合影。工作人员摄')).toEqual([]);
  });

  it('makes the photographer a reporter of the article', () => {
    const x = one(
      '3月8日，甲县代表团到乙区考察调研，乙区区长张建国陪同。\n图为代表团在乙区科技园考察。赵明亮摄\n图为座谈会现场。钱小红摄\n',
    );
    expect(rels(x, 'REPORTED').map((r) => r.split(' -> ')[0])).toEqual(['赵明亮', '钱小红']);
  });
});

describe('the article’s own place when two areas are named equally often', () => {
  it('is the one the lead names first, not the one first in the alphabet', () => {
    // 坪山区 sorts before 龙岗区 in code-point order; the lead names 龙岗区 first (it failed before the rule).
    const x = one(
      '6月2日，龙岗区代表团赴坪山区考察产业园区。\n区委、区政府主要领导高度重视此次考察，区商务局精心筹划。\n龙岗区与坪山区将加强产业协作。\n',
    );
    const orgs = x.entities.filter((e) => e.type === 'Organization').map((e) => e.name);
    expect(orgs).toContain('龙岗区商务局');
    expect(orgs).not.toContain('坪山区商务局');
  });
});

describe('a host welcoming its guests names the visitors, not the article’s own place', () => {
  const text =
    '3月9日上午，龙岗区与寻乌县协作联席会议召开。\n龙岗区区长张建国对寻乌县一行的到来表示欢迎，寻乌县县长李文华介绍了寻乌县产业发展情况。\n双方表示将深化寻乌县与龙岗区的产业合作。\n';
  it('holds the meeting in the host’s area although the guests’ county is named more often', () => {
    expect(rels(one(text), 'HELD_IN')).toEqual(['EVENT -> 龙岗区']);
  });
});

describe('a bare dateline names the paper’s own place', () => {
  const text =
    '赣州新闻网讯 5月6日，市委书记王建国会见了瑞金市经开区企业家代表，市政府副市长李文华参加会见。\n双方就瑞金市产业发展交换了意见。\n';
  it('places the posts of bare 市委 and 市政府 in the site’s city, not in the county-level city the report names', () => {
    // Before the rule the posts went to 瑞金市经开区, the area named most.
    const x = one(text);
    expect(rels(x, 'HOLDS_POSITION')).toEqual(['李文华 -> 赣州市 (市政府副市长)', '王建国 -> 赣州市 (市委书记)']);
    expect(rels(x, 'HELD_IN')).toEqual(['EVENT -> 赣州市']);
  });
});

describe('a place’s 人大 named as a body is its standing committee', () => {
  it('names the body present through its officials 区人大常委会', () => {
    const x = one('3月2日，龙岗区委常委会召开会议，区委书记王建国主持会议。区人大、区政协领导列席会议。\n');
    const orgs = x.entities.filter((e) => e.type === 'Organization').map((e) => e.name);
    expect(orgs).toContain('龙岗区人大常委会');
    expect(orgs).not.toContain('龙岗区人大');
  });
});

describe('a delegation that comes (来, 莅临) to a place is the visitor', () => {
  it('keeps the place it comes to as the article’s own when both are named once', () => {
    // 龙湾区 is named first; the tie between the two places goes to the host, not to the first named.
    const x = one('本报讯（记者 张明远）1月16日，龙湾区党政代表团来苍南县考察，与我县签订山海协作结对协议。');
    expect(rels(x, 'SIGNED')).toContain('苍南县 -> EVENT');
  });
});
