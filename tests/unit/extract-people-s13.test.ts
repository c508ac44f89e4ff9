// People and posts on real-text kinds the thirteenth session found missed: each kind with a made-up article
// written the way the papers write it (invented names, no sentence of a real page).
import { describe, expect, it } from 'vitest';
import { one, rels } from './extract-helpers.ts';

// The first extraction loads the segmenter's dictionaries: slow on a loaded machine, no bound is asserted.
const LOAD = { timeout: 60_000 };
const titlesOf = (text: string, person: string): string[] =>
  rels(one(text), 'HOLDS_POSITION')
    .filter((r) => r.startsWith(`${person} ->`))
    .map((r) => /\((.*)\)$/.exec(r)![1]!);

describe('posts of media, firms and societies written before a guest\'s name', () => {
  const text = '3月11日，文化节启动仪式在杭州市举行。杭州市副市长张立明，杭州电视台副台长赵文清，青山能源公司总经理助理孙海涛，远山科技理事、云帆网络创始人、董事长钱明辉，立委李德华出席。';

  it('reads 副台长, 总经理助理 and 立委 as posts, and the guest as a person who attended', LOAD, () => {
    expect(titlesOf(text, '赵文清')).toEqual(['杭州电视台副台长']);
    expect(titlesOf(text, '孙海涛')).toEqual(['青山能源公司总经理助理']);
    expect(titlesOf(text, '李德华')).toEqual(['立委']);
    expect(rels(one(text), 'ATTENDED').map((r) => r.split(' -> ')[0])).toEqual(expect.arrayContaining(['孙海涛', '赵文清', '李德华']));
  });

  it('chains 理事 and 创始人 with the post after them', LOAD, () => {
    expect(titlesOf(text, '钱明辉').sort()).toEqual(['云帆网络创始人', '董事长', '远山科技理事'].sort());
  });
});

describe('minority names whose later syllables the list lacks', () => {
  const text =
    '本报讯（记者 乌日娜 通讯员 斯琴图雅）6月25日，伊金霍洛旗委召开会议。旗委书记王建国主持会议，旗人大常委会主任宝音达木林，旗政协主席孟和满达出席。内蒙古大学教授阿拉坦仓作专题报告。';
  const people = (): string[] => one(text).entities.filter((e) => e.type === 'Person').map((e) => e.name).sort();

  it('reads a name led by a known syllable right after a post, to its boundary or the verb after it', LOAD, () => {
    expect(people()).toEqual(expect.arrayContaining(['宝音达木林', '孟和满达', '阿拉坦仓']));
    expect(titlesOf(text, '宝音达木林')).toEqual(['旗人大常委会主任']);
    expect(people()).not.toContain('阿拉坦');
  });

  it('takes a minority name in a byline as a reporter', LOAD, () => {
    expect(rels(one(text), 'REPORTED').map((r) => r.split(' -> ')[0]).sort()).toEqual(['乌日娜', '斯琴图雅']);
  });

  it('keeps a name that already ends before a verb, and reads no place as a name', LOAD, () => {
    const x = one('6月25日，乌审旗委召开会议。旗政协主席那顺出席。副主任乌兰察布市委书记王明出席。');
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort()).toEqual(['王明', '那顺'].sort());
  });
});
