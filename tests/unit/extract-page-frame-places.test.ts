// Places on text the extractor was not tuned on: villages, 嘎查 and 社区 named after a county-level city or district,
// or alone after a joining word; and no place the article never writes. Every name and sentence here is made up.
import { beforeAll, describe, expect, it } from 'vitest';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { names, one } from './extract-helpers.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

const districts = (text: string): string[] => names(one(text), 'District');

describe('a village named after the city or district it belongs to', () => {
  it('finds X市Y村 and X区Y社区 as places', () => {
    expect(districts('5月6日，考察团一行参观了义乌市柏溪塘村的征地情况，并座谈交流。')).toContain("柏溪塘村");
    expect(districts('5月6日，代表团在江宁区青石湾社区考察，了解社区治理情况。')).toContain('青石湾社区');
  });

  it('takes no common noun after a district (新农村, 城乡社区)', () => {
    const found = districts('5月6日，会议指出，江宁区新农村建设和江宁区城乡社区治理成效明显。');
    expect(found).not.toContain('新农村');
    expect(found.some((d) => d.endsWith('社区'))).toBe(false);
  });
});

describe('a village or 嘎查 named alone', () => {
  it('finds it after 与, 同 or a list mark', () => {
    expect(districts('5月6日，云溪街道与乌兰图雅嘎查签署消费帮扶协议。')).toContain('乌兰图雅嘎查');
    expect(districts('5月6日，他表示，近年来两地同柏墩村的交流持续深入。')).toContain('柏墩村');
  });

  it('takes no common word: 乡村, 农村, 部分嘎查, 美丽乡村', () => {
    const found = districts('5月6日，会议强调，要与全面推进乡村振兴相结合，助推新农村建设、部分嘎查的道路和美乡村建设。');
    expect(found.filter((d) => /[村查]$/.test(d))).toEqual([]);
  });

  it('takes no kind of village (结对村, 示范村, 嘎查村, 城中村) and no 村民 or 村干部', () => {
    for (const s of ['旗委书记到全旗各嘎查村调研，与嘎查村干部座谈。', '县委书记到结对村、帮扶村和贫困村走访，并与驻村工作队座谈。', '市长与示范村、重点村负责人座谈。', '考察团来到城中村改造现场，与村民代表交流。', '在养殖村、旅游村、专业村建设上取得成效。']) {
      expect(districts(`5月6日，${s}`).filter((d) => /[村查]$/.test(d))).toEqual([]);
    }
    expect(districts('5月6日，他与张家村、李庄村的干部交流。')).toEqual(['张家村', '李庄村']);
  });
});

describe('a place the article never writes is no place of the article', () => {
  it('makes no District of the home city that a bare 市委 was qualified with', () => {
    // A county's page: the city above it is known from the data, never written.
    const x = one('5月6日，涟水县召开座谈会。市委督导组到会指导，县委书记王建平主持会议，县长刘海东出席。');
    expect(names(x, 'District')).toEqual(['涟水县']);
  });

  it('links the body to its place when the article writes the place', () => {
    const x = one('5月6日，淮安市涟水县召开座谈会。市委督导组到会指导，县委书记王建平主持会议，县长刘海东出席。');
    expect(names(x, 'District')).toContain('淮安市');
  });
});
