// How real papers write bodies (issue 10), on made-up sentences in their style: which bodies an article is
// about, and which it names only in a post title or a set phrase.
import { beforeAll, describe, expect, it } from 'vitest';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { names, one, rels } from './extract-helpers.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

describe('leading bodies named in set phrases or post titles', () => {
  it('a courtesy on behalf of the 县委、县政府 names no body; a post in the 县政府办公室 is held in the county', () => {
    const x = one(
      '本报讯（记者 张明远）3月5日，考察团一行到永嘉县考察。永嘉县委书记陈立新代表县委、县政府对考察团一行表示欢迎。' +
        '他说，在市委市政府的坚强领导下，永嘉县发展势头良好。县委、县政府将一如既往支持双方合作。县政府办公室主任林海陪同考察。',
    );
    expect(names(x, 'Organization')).toEqual([]);
    expect(rels(x, 'HOLDS_POSITION')).toContain('林海 -> 永嘉县 (县政府办公室主任)');
  });

  it('a body whose own meeting opens the lead (X政协党组会议召开) acts: 会 of 会议 is no promise (会一如既往)', () => {
    const x = one('本报讯（记者 张明远）1月15日，永嘉县政协党组会议召开，党组书记、主席林海主持会议并讲话。');
    expect(names(x, 'Organization')).toEqual(['永嘉县政协']);
    const promise = one('本报讯（记者 张明远）1月15日，县委书记陈立新表示，永嘉县委、县政府会一如既往支持企业发展。');
    expect(names(promise, 'Organization')).toEqual([]);
  });

  it('the same bodies stay when they act: they sign, host or give', () => {
    const signs = one('本报讯（记者 张明远）3月5日，县委常委、常务副县长陈立新代表县人民政府与华远集团签订合作协议。县政府在永嘉县召开常务会议。');
    expect(names(signs, 'Organization')).toContain('永嘉县人民政府');
    const hosts = one('本报讯（记者 张明远）3月5日，永嘉县委、县政府与来访的考察团举行座谈。');
    expect(names(hosts, 'Organization')).toEqual(['永嘉县人民政府', '永嘉县委']);
  });

  // As the real gold has it (session 13): a 人大常委会 or 政协 only in titles is no entity, the county's included.
  it('a 人大常委会 or 政协 named only in a post title is no body, the county’s nor a visiting city’s or province’s', () => {
    const x = one('本报讯（记者 张明远）3月5日，永嘉县召开工作会议。县人大常委会主任陈立新、县政协主席林海出席会议。');
    expect(names(x, 'Organization')).toEqual([]);
    const visit = one('本报讯（记者 张明远）3月5日，丽水市政协副主席陈立新、浙江省人大常委会副主任林海一行到永嘉县调研。');
    expect(names(visit, 'Organization')).toEqual([]);
  });
});

describe('bodies that attend through their officials', () => {
  it('firms listed before 等企业的负责人…出席 or 等企业负责人发言 attend; a Latin name keeps its spaced words', () => {
    const x = one(
      '本报讯（记者 张明远）3月5日，永嘉县在杭州举行招商推介座谈会。县委书记陈立新致辞，' +
        '以及来自华远建设集团、杭州云岭科创等企业的负责人共百余人出席。会上，德昕光电、Blue Harbor公司、青禾农业等企业负责人发言。',
    );
    expect(names(x, 'Enterprise')).toEqual(['Blue Harbor公司', '华远建设集团', '德昕光电', '杭州云岭科创', '青禾农业']);
    expect(rels(x, 'ATTENDED').filter((r) => !r.startsWith('陈立新'))).toEqual([
      'Blue Harbor公司 -> EVENT',
      '华远建设集团 -> EVENT',
      '德昕光电 -> EVENT',
      '杭州云岭科创 -> EVENT',
      '青禾农业 -> EVENT',
    ]);
  });

  it('a court and procuratorate written with the level alone are the county’s, and speaking at the meeting is attending', () => {
    const x = one('本报讯（记者 张明远）3月5日，永嘉县委全体会议举行分组讨论。县法院、县检察院、县财政局等单位负责人在发言中表示赞同。');
    expect(rels(x, 'ATTENDED')).toEqual(['永嘉县人民检察院 -> EVENT', '永嘉县人民法院 -> EVENT', '永嘉县财政局 -> EVENT']);
  });
});

describe('places that are common words', () => {
  it('an idiom, a conjunction before 县, a site named after a poet and a generic town word name no place', () => {
    const x = one(
      '本报讯（记者 张明远）3月5日，永嘉县召开工作会议，强调维护长治久安。陈立新、周明华和县政府办负责人参加。' +
        '与会人员在东坡文化旅游区参观，了解小城镇建设情况。',
    );
    expect(names(x, 'District')).toEqual(['永嘉县']);
  });

  it('thanks after a comma, bodies thanked, and a leading pair as the subject of policy talk name no body', () => {
    const x = one(
      '本报讯（记者 张明远）3月5日，考察团一行到永嘉县考察。县委书记陈立新代表中共永嘉县委、永嘉县人民政府向远道而来的各位嘉宾，表示热烈欢迎。' +
        '客商代表林海向永嘉县委县政府长期以来的关心支持表示衷心感谢。永嘉县委、县政府主要领导高度重视招商工作。',
    );
    expect(names(x, 'Organization')).toEqual([]);
    const policy = one('本报讯（记者 张明远）3月5日，县长陈立新说，对口协作是永嘉县委、县政府交给全县的重要任务。');
    expect(names(policy, 'Organization')).toEqual([]);
  });

  it('a body that acts keeps its name; the same leading body alone in a policy phrase does not hide it', () => {
    const x = one('本报讯（记者 张明远）3月5日，永嘉县委与温岭市委签订党建共建协议。县委书记陈立新表示，县委将全力支持合作。');
    expect(names(x, 'Organization')).toContain('永嘉县委');
  });

  it('中共X县委 written in full and 县委 in a title are one committee, named as written', () => {
    const x = one(
      '本报讯（记者 张明远）3月5日，由中共永嘉县委主办的招商推介会在杭州举行。县委书记陈立新、县委副书记林海出席。',
    );
    expect(names(x, 'Organization')).toEqual(['中共永嘉县委']);
    expect(rels(x, 'HOLDS_POSITION')).toContain('陈立新 -> 中共永嘉县委 (县委书记)');
    const title = one('本报讯（记者 张明远）3月5日，中共永嘉县委书记陈立新到温岭市考察，与温岭市委书记林海座谈。');
    expect(names(title, 'Organization')).toEqual([]);
  });

  it('a leading body before a post with no name after it is the post’s; its standing committee meeting is the body’s', () => {
    const x = one(
      '本报讯（记者 张明远）3月5日，温州市现场办公会在永嘉县召开。市委书记陈立新主持会议。' +
        '市委常委，市政府有关副市长，市政府秘书长等出席。以市委书记为团长的代表团随后到永嘉县考察。',
    );
    expect(names(x, 'Organization')).toEqual([]);
    expect(rels(x, 'HOLDS_POSITION')).toEqual(['陈立新 -> 温州市 (市委书记)']);
    const meeting = one('本报讯（记者 张明远）3月5日，永嘉县委常委会（扩大）会议召开，县委书记陈立新主持会议。');
    expect(names(meeting, 'Organization')).toEqual(['永嘉县委']);
  });

  it('政府 ending a name is the 人民政府; inside a longer name (政府办, 政府驻京办事处) it stays as written', () => {
    const x = one(
      '本报讯（记者 张明远）3月5日，温州市政府驻北京办事处主任林海一行到永嘉县考察。永嘉县政府办、县商务局有关负责人陪同考察。' +
        '永嘉县政府与华远电子有限公司签订合作协议。',
    );
    const orgs = names(x, 'Organization');
    expect(orgs).toEqual(expect.arrayContaining(['永嘉县人民政府', '永嘉县政府办', '温州市政府驻北京办事处']));
    expect(orgs.filter((n) => /人民政府./.test(n))).toEqual([]);
  });

  it('a bare 市委、市政府 of no known city shares the set phrase and names no body', () => {
    const x = one('本报讯（记者 张明远）根据市委、市政府工作要求，我县组团参加经贸洽谈周活动。');
    expect(names(x, 'Organization')).toEqual([]);
  });
});

describe('development zones', () => {
  it('a zone named by its place is a place of its own; a bureau before 开发区 makes none; a source line names no body', () => {
    const x = one(
      '桐乡经济开发区与嘉兴滨海经济开发区签订合作协议\n信息来源：市政府办公室\n' +
        '3月5日，嘉兴市投促局开发区一行到桐乡经济开发区考察，双方签订合作协议。',
    );
    expect(names(x, 'District')).toEqual(expect.arrayContaining(['嘉兴滨海经济开发区', '桐乡经济开发区']));
    expect(names(x, 'District').filter((d) => d.includes('投促局'))).toEqual([]);
    expect(names(x, 'Organization')).toEqual(['嘉兴市投促局']);
  });
});

describe('more kinds of bodies', () => {
  it('reads 工商联, 工作队 with an ordinal, 联谊会 and 实验室; a defined short name stays its owner’s', () => {
    const x = one(
      '本报讯（记者 张明远）3月5日，由浙江省工商联指导的恳谈会在永嘉县举行。浙江省第九批援疆工作队领队陈立新、青禾联谊会会长林海出席。' +
        '永嘉县工商业联合会（以下简称“县工商联”）、东海食品实验室有关负责人参加。县工商联负责人发言。',
    );
    expect(names(x, 'Organization')).toEqual(expect.arrayContaining(['东海食品实验室', '永嘉县工商业联合会', '浙江省工商联', '浙江省第九批援疆工作队', '青禾联谊会']));
    expect(names(x, 'Organization').filter((o) => o.includes('县工商联'))).toEqual([]);
  });

  it('a place written short and in full before one body name is one body; 市市委 is the 市委', () => {
    const x = one('本报讯（记者 张明远）3月5日，杭州四川商会与永嘉县签订协议。杭州市四川商会会长陈立新出席。巴中市市委召开常委会会议。');
    expect(names(x, 'Organization')).toEqual(['巴中市委', '杭州市四川商会']);
  });
});

describe('bodies and places on real pages, round two', () => {
  it('a bare 区法院 of no known district names no body; an article about a city takes its bare 市政府', () => {
    const bare = one('本报讯（记者 张明远）12月5日，区十七届人大常委会召开第二十八次会议。区法院、区检察院领导列席会议。');
    expect(names(bare, 'Organization').filter((o) => /^区/.test(o) && o !== '区十七届人大常委会')).toEqual([]);
    const city = one('本报讯（记者 张明远）5月27日，市政府与东海大学举行战略合作签约仪式。丽水市委书记陈立新致辞。丽水市将深化校地合作。');
    expect(names(city, 'Organization')).toContain('丽水市人民政府');
  });

  it('a corps division and its city are one place; a delegation (代表团) is no body’s delegate; a venue 展示中心 is no body', () => {
    const x = one(
      '本报讯（记者 张明远）5月18日，第八师石河子市党政代表团率领政府代表团到永嘉县考察。代表团来到永嘉县新貌展示中心参观，并到中新建物流集团调研。',
    );
    expect(names(x, 'District')).toEqual(['永嘉县', '第八师石河子市']);
    expect(names(x, 'Organization')).toEqual([]);
    expect(names(x, 'Enterprise')).toEqual(['中新建物流集团']);
  });
});

describe('offices of a government elsewhere', () => {
  it('the owner before 驻 and an office after a list of places are no bodies of the sentence', () => {
    const x = one('本报讯（记者 张明远）3月18日，永嘉县招商签约活动举行。市政府驻北京、上海、广东办事处领导在线上参加签约活动。');
    expect(names(x, 'Organization')).toEqual([]);
  });
});
