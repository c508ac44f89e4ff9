// Rules for how real papers write bodies, parties and pairings (issue 10), on made-up sentences in their style.
import { beforeAll, describe, expect, it } from 'vitest';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { names, one, rels } from './extract-helpers.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

describe('bodies on real text', () => {
  it('a party committee named only in a post title is no entity; the post is held in its place', () => {
    const x = one('本报讯（记者 张明远）3月5日，江北区委书记陈立新、区委副书记林海到五里镇调研。');
    expect(names(x, 'Organization')).toEqual([]);
    expect(rels(x, 'HOLDS_POSITION')).toEqual(['林海 -> 江北区 (区委副书记)', '陈立新 -> 江北区 (江北区委书记)']);
  });

  it('a party committee that acts in the text stays an entity', () => {
    const x = one('本报讯（记者 张明远）3月5日，江北区委召开常委会会议，区委书记陈立新主持会议。');
    expect(names(x, 'Organization')).toContain('江北区委');
  });
});

describe('pairings on real text', () => {
  it('reads the partners listed in brackets, a dash between places, and a visit for 协作; a 、-list is no pair', () => {
    const x = one(
      '本报讯（记者 张明远）5月8日，2025年黄埔区·毕节市（七星关区、纳雍县）东西部协作联席会议举行。' +
        '会议听取东西部协作工作情况汇报，七星关区、纳雍县、赫章县作书面交流。',
    );
    expect(rels(x, 'PAIRED_WITH')).toEqual(['黄埔区 -> 七星关区', '黄埔区 -> 纳雍县']);
    const dash = one('本报讯（记者 张明远）6月2日，海珠区——安龙县粤黔协作第二次联席会议在安龙县召开。');
    expect(rels(dash, 'PAIRED_WITH')).toEqual(['海珠区 -> 安龙县']);
    const visit = one('本报讯（记者 张明远）大连市党政代表团赴六盘水市开展东西部协作考察。');
    expect(rels(visit, 'PAIRED_WITH')).toEqual(['大连市 -> 六盘水市']);
  });

  it('reads 我县 as the article’s own county', () => {
    const x = one('本报讯（记者 张明远）近日，永嘉县召开山海协作工作会议。永嘉县各部门参加。自2015年我县与鹿城区结对以来，两地合作不断深化。');
    expect(rels(x, 'PAIRED_WITH')).toEqual(['永嘉县 -> 鹿城区']);
  });
});

describe('names and punctuation on real text', () => {
  it('ends a name before 率, 以及 and 作 + what was delivered', () => {
    const x = one(
      '本报讯（记者 张明远）5月8日，市委副书记、市长韩立军率滨海市考察团到访。区领导赵平、孙勇以及相关单位负责人参加。副市长周文华作主题推介。',
    );
    expect(names(x, 'Person')).toEqual(expect.arrayContaining(['韩立军', '孙勇', '周文华']));
    expect(names(x, 'Person').filter((n) => /[率以作]$/.test(n))).toEqual([]);
  });

  it('reads half-width commas as clause breaks (web pages write "昨日下午,会议举行")', () => {
    const x = one('本报讯(记者 张明远)3月6日下午,黄埔区与毕节市东西部协作联席会议举行,区长李红主持会议。');
    expect(rels(x, 'PAIRED_WITH')).toEqual(['黄埔区 -> 毕节市']);
    expect(rels(x, 'CHAIRED')).toEqual(['李红 -> EVENT']);
  });
});

describe('signatories on real text', () => {
  it('places listed before one body name each sign as that body', () => {
    const x = one('本报讯（记者 张明远）5月8日，黄埔区人民政府与七星关区、纳雍县人民政府依次签订合作协议。');
    expect(rels(x, 'SIGNED')).toEqual(['七星关区人民政府 -> EVENT', '纳雍县人民政府 -> EVENT', '黄埔区人民政府 -> EVENT']);
  });

  it('a signing congratulated is no signing of the bodies the speaker stands for', () => {
    const x = one('本报讯（记者 张明远）3月18日，项目集中签约活动举行。区长李红代表区委、区政府向项目签约表示祝贺。');
    expect(rels(x, 'SIGNED')).toEqual([]);
  });

  it('an enterprise named in a post title is an enterprise', () => {
    const x = one('本报讯（记者 张明远）5月8日，东莞市蜀山新能源科技有限公司总经理王伟出席签约仪式。');
    expect(names(x, 'Enterprise')).toContain('东莞市蜀山新能源科技有限公司');
  });
});

describe('people elected', () => {
  it('a 、-list before 当选为 are people holding the post, names without a Han surname too', () => {
    const x = one('本报讯（记者 张明远）1月9日，政协某旗第十届委员会第一次会议闭幕。李国华、孙晓梅当选为政协某旗第十届委员会副主席；乌力吉、巴图孟和当选为政协某旗第十届委员会常务委员。');
    expect(names(x, 'Person')).toEqual(expect.arrayContaining(['李国华', '孙晓梅', '乌力吉', '巴图孟和']));
    const titles = x.relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => r.title);
    expect(titles).toEqual(expect.arrayContaining(['政协某旗第十届委员会副主席', '政协某旗第十届委员会常务委员']));
  });
});

describe('events and attendance on real text', () => {
  it('a meeting with a visitor (会见) is an event its people attend, and 领队 is a post', () => {
    const x = one('本报讯（记者 张明远）4月2日下午，区委书记王立新会见某某集团董事长赵平一行，援藏工作队总领队刘海陪同。');
    expect(rels(x, 'ATTENDED')).toEqual(expect.arrayContaining(['王立新 -> EVENT', '赵平 -> EVENT', '刘海 -> EVENT']));
  });

  it('people who 交流 at the event attend it', () => {
    const x = one('本报讯（记者 张明远）5月8日，区长李红率队赴某某集团考察。在集团总部，李红与集团董事长孙伟就合作项目进行交流。');
    expect(rels(x, 'ATTENDED')).toContain('孙伟 -> EVENT');
  });
});

describe('bodies are names, not clauses', () => {
  it('a clause before a body or two names run together give the last body only; a subsidiary keeps its parent', () => {
    const x = one(
      '本报讯（记者 张明远）5月8日，调研组听取了黄埔区经济发展情况和黄埔区政协工作汇报。双方签署《某某大学黄埔区人民政府战略合作协议》。' +
        '鸿运钢铁集团黄埔钢铁有限公司负责人参加。',
    );
    const orgs = names(x, 'Organization');
    expect(orgs).toEqual(expect.arrayContaining(['黄埔区政协', '黄埔区人民政府']));
    expect(orgs.filter((o) => /情况|大学黄埔/.test(o))).toEqual([]);
    expect(names(x, 'Enterprise')).toContain('鸿运钢铁集团黄埔钢铁有限公司');
  });
});

describe('no junk bodies', () => {
  it('posts (市委常委), leftovers of cut phrases and clauses are no bodies', () => {
    const x = one('本报讯（记者 张明远）5月8日，黄山市委常委王伟出席。两家合资公司签约，鸿运集团作为省级国有资本投资公司参与。大型公司也来了。');
    const bodies = [...names(x, 'Organization'), ...names(x, 'Enterprise')];
    expect(bodies.filter((b) => /常委$|^家|大型|作为/.test(b))).toEqual([]);
  });
});

describe('villages', () => {
  it('a village named right after its township is a place, and it signs; a clause is no village', () => {
    const x = one('本报讯（记者 张明远）5月8日，永强供电公司与钱库镇河东岸村签订结对帮扶协议书。某县召开乡村振兴会议。');
    expect(names(x, 'District')).toContain('河东岸村');
    expect(names(x, 'District').filter((d) => d.includes('召开'))).toEqual([]);
    expect(rels(x, 'SIGNED')).toContain('河东岸村 -> EVENT');
  });
});

describe('one body named short and long in an article', () => {
  it('X人大 is X人大常委会, X集团 is X（集团）…有限公司, and 代县长 is a post, not a county', () => {
    const x = one(
      '本报讯（记者 张明远）5月8日，黄埔区人大常委会召开会议。黄埔区人大负责人参加。鸿运（集团）控股有限公司与黄埔区签约，鸿运集团董事长王伟出席。县委副书记、代县长李强陪同。',
    );
    expect(names(x, 'Organization').filter((o) => o.startsWith('黄埔区人大'))).toEqual(['黄埔区人大常委会']);
    expect(names(x, 'Enterprise')).toEqual(['鸿运（集团）控股有限公司']);
    expect(names(x, 'District')).not.toContain('代县');
  });
});

describe('HELD_IN for every event', () => {
  it('the place visited, else the article’s own place', () => {
    const visit = one('本报讯（记者 张明远）5月8日，黄埔区区长李红率队到七星关区考察。');
    expect(rels(visit, 'HELD_IN')).toEqual(['EVENT -> 七星关区']);
    const meeting = one('本报讯（记者 张明远）5月8日，黄埔区召开区委常委会会议，区委书记王伟主持会议。');
    expect(rels(meeting, 'HELD_IN')).toEqual(['EVENT -> 黄埔区']);
  });
});

describe('evidence', () => {
  it('reads as the page wrote it, without its indentation', () => {
    const text = '本报讯(记者 张明远)\n      5月8日,黄埔区召开区委常委会会议,区委书记王伟主持会议。';
    const x = one(text);
    const chaired = x.relations.find((r) => r.type === 'CHAIRED');
    expect(chaired?.evidence).toBe('5月8日,黄埔区召开区委常委会会议,区委书记王伟主持会议。');
  });
});

describe('the host of a signing', () => {
  it('a place that dates the signing hosts it and signs nothing', () => {
    const x = one('本报讯（记者 张明远）12月22日，黄埔区2023年招商引资项目集中签约仪式举行，鸿运科技有限公司与黄埔区人民政府签约。');
    expect(rels(x, 'SIGNED')).not.toContain('黄埔区 -> EVENT');
  });
});
