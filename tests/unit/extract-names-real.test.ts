// Names, bodies and signatories as real papers write them (issue 10, session 5), on made-up sentences.
import { beforeAll, describe, expect, it } from 'vitest';
import { minoritySyllables } from '../../src/extract/finders/names.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { extractDocuments } from '../../src/extract/index.ts';
import { names, one, rels } from './extract-helpers.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

describe('people', () => {
  it('reads township, village and enterprise posts before a name', () => {
    const x = one('本报讯（记者 张明远）5月6日，某某苏木党委副书记、苏木达高文彬与某某嘎查嘎查达刘晓东一同参加座谈。');
    expect(names(x, 'Person')).toEqual(expect.arrayContaining(['刘晓东', '高文彬']));
    const y = one('本报讯（记者 张明远）5月6日，某某食品有限公司财务长兼投资长周建华等一同考察。');
    expect(names(y, 'Person')).toContain('周建华');
    // The title keeps its body ("某某食品有限公司财务长"); the scorer reads the post at its end.
    const titles = rels(y, 'HOLDS_POSITION').map((r) => r.replace(/^.* \((.*)\)$/, '$1'));
    expect(titles).toContain('投资长');
    expect(titles.some((t) => t.endsWith('财务长'))).toBe(true);
  });

  it('reads a Tibetan name in a list even where the segmenter reads ordinary words into it', () => {
    const x = one('本报讯（记者 张明远）5月6日，考察团到某某县参观。县领导程立、仁增多吉等陪同考察。');
    expect(names(x, 'Person')).toEqual(expect.arrayContaining(['仁增多吉', '程立']));
    expect(minoritySyllables('次仁卓玛')).toBe(true);
    expect(minoritySyllables('增多')).toBe(false);
    expect(minoritySyllables('会议')).toBe(false);
  });
});

describe('bodies', () => {
  it('drops a province short name before its city', () => {
    const x = one('本报讯（记者 张明远）4月24日，湖北荆门市委召开会议。');
    expect(names(x, 'Organization')).toContain('荆门市委');
    expect(names(x, 'Organization')).not.toContain('湖北荆门市委');
  });

  it('takes no 社区 for the home district, no 两地党委 and no 中心工作 as bodies', () => {
    const x = one('本报讯（记者 张明远）3月5日，区政协主席陈卫东到大良街道五沙社区调研。五沙社区是工业社区。陈卫东说，要落实两地党委、政府的部署，围绕市委市政府中心工作。');
    const bodies = names(x, 'Organization');
    expect(bodies.some((b) => b.includes('社区政协'))).toBe(false);
    expect(bodies.some((b) => b.includes('两地'))).toBe(false);
    expect(bodies.some((b) => b.endsWith('中心'))).toBe(false);
  });

  it('never merges one article’s bare 市政府 into another article’s city government', () => {
    const x = extractDocuments([
      { source: 'a.txt', text: '本报讯（记者 张明远）3月5日，甲乙市人民政府与某某集团签署合作协议。' },
      { source: 'b.txt', text: '本报讯（记者 李文华）3月6日，某某公司召开大会，贯彻落实市委、市政府的部署。' },
    ]);
    const gov = x.entities.find((e) => e.name.endsWith('市人民政府') && e.name.length > 5);
    if (gov) expect(gov.articles).toHaveLength(1);
  });
});

describe('signatories', () => {
  it('reads 我县 as a party and no party in a signing verb before 的', () => {
    const x = one('本报讯（记者 张明远）1月16日，龙湾区党政代表团来苍南县，与我县签订山海协作结对协议。对刚刚签约的某某学校校区，双方将给予支持。');
    expect(rels(x, 'SIGNED')).toContain('苍南县 -> EVENT');
    expect(rels(x, 'SIGNED').some((r) => r.includes('学校'))).toBe(false);
  });
});

describe('names joined by 和 and 及', () => {
  it('reads the last name of a list joined by 和 or 及, and never one name across the conjunction', () => {
    const x = one('本报讯（记者 张明远）3月5日，县领导孙立和钱文博一同考察。区领导王明、李华及张红等参加活动。');
    expect(names(x, 'Person')).toEqual(expect.arrayContaining(['孙立', '钱文博', '王明', '李华', '张红']));
    expect(names(x, 'Person').some((n) => /[和及]/.test(n))).toBe(false);
  });
});

describe('minority names', () => {
  it('reads a long Uyghur name with a dot after a post, and a dot name that ends before 出席', () => {
    const x = one('本报讯（记者 张明远）3月5日，自治区副主席阿不都热合曼·吐尔逊、州长艾尼瓦尔·买买提出席会议。');
    expect(names(x, 'Person')).toEqual(['张明远', '艾尼瓦尔·买买提', '阿不都热合曼·吐尔逊']);
  });

  it('reads a Mongolian name that starts with 那 after a post', () => {
    const x = one('本报讯（记者 张明远）3月5日，旗委书记巴特尔主持会议，旗长乌日娜、副旗长那顺巴雅尔出席。');
    expect(names(x, 'Person')).toEqual(expect.arrayContaining(['那顺巴雅尔', '乌日娜', '巴特尔']));
  });
});

describe('spaced names', () => {
  it('reads a two-character name padded with a space after a post and in a list, without the space', () => {
    const x = one('本报讯（记者 张明远）3月5日，县委书记王　伟、县长李　明出席会议。县领导赵 刚、钱小东参加。');
    expect(names(x, 'Person')).toEqual(expect.arrayContaining(['王伟', '李明', '赵刚', '钱小东']));
    expect(names(x, 'Person').some((n) => /\s|\u3000/.test(n))).toBe(false);
  });
});

describe('a signer for a body', () => {
  it('reads 代表区政府 as the district government signing, never a person named 区政府 nor the signer’s party committee', () => {
    const x = one('本报讯（记者 张明远）3月5日，龙华区召开投资推介会。会上，区委常委、副区长王一鸣代表区政府与鹏程科技有限公司签订合作协议。');
    expect(rels(x, 'SIGNED')).toEqual(['鹏程科技有限公司 -> EVENT', '龙华区人民政府 -> EVENT']);
    expect(names(x, 'Person')).not.toContain('区政府');
  });
});

describe('双方 without a pairing', () => {
  it('reads 双方 as the "A与B" of the sentence before', () => {
    const x = one('本报讯（记者 张明远）3月5日，龙华区与寻乌县举行座谈。会上，双方签订了合作协议。');
    expect(rels(x, 'SIGNED')).toEqual(['寻乌县 -> EVENT', '龙华区 -> EVENT']);
  });
});

describe('townships', () => {
  it('knows an Inner Mongolian 苏木 from the division data as a place', () => {
    const x = one('本报讯（记者 张明远）9月6日，某街道办事处主任洪志一行来到扎赉特旗阿拉达尔吐苏木调研。');
    expect(names(x, 'District')).toContain('阿拉达尔吐苏木');
  });
});

describe('people named to a post', () => {
  it('reads a list after 聘任 … 为 with the post they share, and one name after 聘请', () => {
    const x = one('本报讯（记者 张明远）3月5日，某某县招商大会召开。大会聘任了何建强、吴伟、袁光明等3人为某某县招商大使。');
    expect(names(x, 'Person')).toEqual(expect.arrayContaining(['何建强', '吴伟', '袁光明']));
    const y = one('本报讯（记者 张明远）3月5日，龙华区聘请李明华为区经济发展顾问。');
    expect(rels(y, 'HOLDS_POSITION')).toEqual(['李明华 -> 龙华区 (区经济发展顾问)']);
  });
});

describe('enterprise names after a verb phrase', () => {
  it('drops 加强和 / 急需 before an enterprise', () => {
    const x = one('本报讯（记者 张明远）3月5日，区委书记王一鸣到华景集团调研。他指出，龙华区一定要加强和华景集团的对接，急需华景集团这样的大企业赋能。');
    expect(names(x, 'Enterprise')).toEqual(['华景集团']);
  });
});

describe('words that are no names', () => {
  it('takes no name from a count (委员应到128名), 随团 after 领导, or 之手 after 群众', () => {
    const x = one('本报讯（记者 张明远）3月5日，政协第十届委员会召开。出席大会的委员应到128名，实到120名。市直部门领导随团考察。要拉紧政府和群众之手，实现共赢。');
    const people = names(x, 'Person');
    for (const junk of ['应到', '实到', '随团', '之手']) expect(people).not.toContain(junk);
  });
});

describe('appointments and speakers', () => {
  it('reads 任命X同志为…副区长 and a legislature’s 议长 and 委员长 before a name', () => {
    const x = one('本报讯（记者 张明远）3月5日，龙华区人大常委会召开会议。会议决定任命潘一俊同志为区人民政府副区长。');
    expect(rels(x, 'HOLDS_POSITION').some((r) => r.startsWith('潘一俊 ') && r.endsWith('副区长)'))).toBe(true);
    const y = one('本报讯（记者 张明远）3月5日，某国某市议会议长崔明根、议会运营委员长金永浩分别致辞。');
    expect(names(y, 'Person')).toEqual(expect.arrayContaining(['崔明根', '金永浩']));
  });
});

describe('banks', () => {
  it('reads a city’s commercial bank and a 农商行 as enterprises that sign', () => {
    const x = one('本报讯（记者 张明远）3月5日，某某县招商大会举行。同时，忠县与重庆农商行、重庆三峡银行和重庆银行签订政银战略合作协议。');
    expect(names(x, 'Enterprise')).toEqual(expect.arrayContaining(['重庆农商行', '重庆三峡银行', '重庆银行']));
  });
});

describe('enterprise names with a bracketed region', () => {
  it('knows 大成食品 again as 大成食品（亚洲）有限公司 when it signs', () => {
    const x = one('本报讯（记者 张明远）9月23日，大成食品（亚洲）有限公司财务长张景华等到庆元县考察。会上，庆元县与大成食品签订合作备忘录。');
    expect(rels(x, 'SIGNED')).toContain('大成食品（亚洲）有限公司 -> EVENT');
  });
});

describe('an enterprise with its region in brackets', () => {
  it('starts the name at its brand, not at the place in brackets', () => {
    const x = one('本报讯（记者 张明远）2月10日，考察组深入龙华科技股份有限公司、新源智储能源发展(北京)有限公司，了解企业研发情况。');
    expect(names(x, 'Enterprise').some((n) => n.startsWith('新源智储能源发展'))).toBe(true);
  });
});

describe('a name glued to an enterprise', () => {
  it('cuts a person and 等公司 after the suffix', () => {
    const x = one('本报讯（记者 张明远）6月11日，某某商会会长彭学文，华信投资担保有限公司杨大伟等公司负责人参加座谈。');
    expect(names(x, 'Enterprise')).toContain('华信投资担保有限公司');
    expect(names(x, 'Enterprise').some((n) => n.endsWith('等公司'))).toBe(false);
  });
});

describe('和 + an adjective', () => {
  it('takes no person from 第一书记和困难党员', () => {
    const x = one('本报讯（记者 张明远）3月5日，龙华区领导看望慰问驻村第一书记和困难党员。');
    expect(names(x, 'Person')).not.toContain('和困难');
  });
});

describe('delegations run together', () => {
  it('reads the body after the last delegation of a caption line, not 团 + the body', () => {
    const x = one('本报讯（记者 张明远）3月5日，考察团到我市参观。\n海口市政府考察团定安县党政考察团东方市政协考察团到我市参观考察 王一鸣陪同');
    expect(names(x, 'Organization').some((n) => n.startsWith('团'))).toBe(false);
  });
});
