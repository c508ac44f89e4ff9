// Whose place a bare title names (relations/post-places.ts): a paper writes its own officials' posts without
// the place, and a visiting or host official's the same way once the article has placed them. Made-up articles.
import { beforeAll, describe, expect, it } from 'vitest';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { one, rels } from './extract-helpers.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

const posts = (text: string) => rels(one(text), 'HOLDS_POSITION');

describe('bare titles of officials from another place', () => {
  it('files a delegation leader\'s bare title under the delegation\'s place, not the place it visits', () => {
    expect(
      posts(
        '本报讯 3月4日至6日，固安县党政代表团由县委书记赵明远率队赴米易县开展对口帮扶考察交流。' +
          '代表团一行走访了米易县的企业。米易县领导钱一平、孙二强参加座谈。米易县委书记李正阳出席座谈会。',
      ),
    ).toEqual(['李正阳 -> 米易县 (米易县委书记)', '赵明远 -> 固安县 (县委书记)']);
  });

  it('files the host\'s bare titles under the other side when the guest is written with his place', () => {
    // Both counties are named as often: the guest written with 永清县 says which side is the paper's.
    expect(
      posts(
        '本报讯 2月3日，2022年盐边县·永清县支援合作联席会议在盐边县召开，县委副书记、县长周文彬与永清县委书记吴立新一行座谈交流。' +
          '会议听取了盐边县支援合作永清县工作情况汇报。周文彬对永清县的发展表示祝贺。吴立新对盐边县的支持表示感谢。',
      ),
    ).toEqual(['吴立新 -> 永清县 (永清县委书记)', '周文彬 -> 盐边县 (县委副书记)', '周文彬 -> 盐边县 (县长)']);
  });

  it('keeps a title\'s place for the same person named again by bare title', () => {
    expect(
      posts('本报讯 5月8日，龙岗区与寻乌县座谈交流，区委书记陈海东会见寻乌县委书记郑国华一行。会上，县委书记郑国华介绍了寻乌县的发展情况。'),
    ).toEqual(['郑国华 -> 寻乌县 (县委书记)', '郑国华 -> 寻乌县 (寻乌县委书记)', '陈海东 -> 龙岗区 (区委书记)']);
  });

  it('files a bare 县长 in a 区\'s paper under the one county the article names', () => {
    expect(posts('本报讯 6月2日，龙岗区召开协作座谈会，区委书记陈海东会见了县长王五一。王五一介绍了寻乌县的情况。')).toEqual([
      '王五一 -> 寻乌县 (县长)',
      '陈海东 -> 龙岗区 (区委书记)',
    ]);
  });

  it('files a title under a place whose first character the title finder read as a word (将乐县: 将 "will")', () => {
    expect(
      posts('本报讯 5月25日，2022年建宁县·将乐县对口帮扶联席会议在建宁县召开，县委副书记、县长韩明瑜与将乐县委书记曾立洋一行座谈交流。'),
    ).toEqual(['曾立洋 -> 将乐县 (乐县委书记)', '韩明瑜 -> 建宁县 (县委副书记)', '韩明瑜 -> 建宁县 (县长)']);
  });

  it('leaves the paper\'s own bare titles at home', () => {
    expect(posts('本报讯 1月20日，盐边县委常委会（扩大）会议召开，县委书记林志远主持会议，县委副书记、县长周文彬出席会议。')).toEqual([
      '周文彬 -> 盐边县 (县长)',
      '周文彬 -> 盐边县委 (县委副书记)',
      '林志远 -> 盐边县委 (县委书记)',
    ]);
  });
});
