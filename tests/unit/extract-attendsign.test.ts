// Who attended and who signed on real-text kinds the extractor missed: each kind with a made-up article
// written the way the papers write it (no sentence of a real page).
import { describe, expect, it } from 'vitest';
import { one, rels } from './extract-helpers.ts';

// The first extraction loads the segmenter's dictionaries: slow on a loaded machine, no bound is asserted.
const LOAD = { timeout: 60_000 };
const attendees = (text: string): string[] => rels(one(text), 'ATTENDED').map((r) => r.split(' -> ')[0]!).sort();

describe('an unveiling (揭牌) is an event, and whoever unveils took part', () => {
  it('the people of an unveiling told without 仪式 attend it', LOAD, () => {
    expect(
      attendees('5月8日，东州市青山区平安街道法律服务站正式揭牌。东州市副市长张立明，青山区委书记李德华到服务站并为服务站揭牌。区领导赵文清、孙海涛参加活动。'),
    ).toEqual(['孙海涛', '张立明', '李德华', '赵文清']);
  });

  it('people who unveil together at a congress attend it', LOAD, () => {
    expect(attendees('6月3日，第二届青山商会大会在青山区开幕。大会开幕式上，东州市副市长张立明、青山区委书记李德华共同为大会揭幕。')).toEqual(['张立明', '李德华'].sort());
  });
});

const signers = (text: string): string[] => rels(one(text), 'SIGNED').map((r) => r.split(' -> ')[0]!).sort();

describe('the subject that signs "，与X签订" is a party, not the place the signing was held in', () => {
  it('skips the place after 在 and takes the clause\'s subject', LOAD, () => {
    expect(
      signers('6月3日，在成都会展中心第二届投资博览会开幕式暨重大项目签约仪式上，武侯区作为成都市唯一代表，与北京华远建设集团有限公司签订战略合作协议。'),
    ).toEqual(['北京华远建设集团有限公司', '武侯区'].sort());
  });
});

describe('names run together in a kicker line, before what they did', () => {
  it('splits a run that reads as names one way only, and they attend', LOAD, () => {
    expect(attendees('东州市政协调研组来青山区调研 赵文清孙海涛一同调研 李德华陪同调研\n5月8日，东州市政协副主席张立明率调研组来青山区调研。')).toEqual(
      expect.arrayContaining(['孙海涛', '赵文清']),
    );
  });

  it('reads no names in a run of ordinary words before 陪同', LOAD, () => {
    const people = one('5月8日，东州市政协副主席张立明率调研组来青山区调研，相关部门负责同志陪同调研。').entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(['张立明']);
  });
});

describe('a bare post right after a titled person of the same list is held in the same body', () => {
  const posts = (text: string): string[] => rels(one(text), 'HOLDS_POSITION').sort();

  it('副主任 and 党组成员 after the committee\'s 主任 are the committee\'s posts, where no place is known', LOAD, () => {
    const got = posts('区人大常委会主任赵文清，副主任孙海涛、钱明辉，党组成员周立新出席会议。');
    for (const name of ['孙海涛', '钱明辉', '周立新']) expect(got.some((r) => r.startsWith(`${name} -`) && r.includes('区人大常委会'))).toBe(true);
  });

  it('a firm\'s 总经理 after its 董事长 is the firm\'s, not the article\'s place', LOAD, () => {
    const got = posts('5月8日，青山区与北京华远建设集团有限公司举行座谈。北京华远建设集团有限公司党委书记、董事长赵文清，总经理孙海涛参加座谈。');
    expect(got.filter((r) => r.startsWith('孙海涛 -'))).toEqual([expect.stringContaining('北京华远建设集团有限公司')]);
  });
});
