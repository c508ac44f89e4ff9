// Rules for dates, attendance, signatories, pairings, bylines and names as real pages write them
// (issue 10). Every sentence here is made up.
import { beforeAll, describe, expect, it } from 'vitest';
import { dateClues, resolveDate } from '../../src/extract/finders/dates.ts';
import { normalize } from '../../src/extract/normalize.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { one, rels } from './extract-helpers.ts';

// The segmenter loads its dictionary on first use (seconds on a busy machine): not any one test's time.
beforeAll(() => void wordBoundaries('预热'), 60_000);

describe('dates on real pages', () => {
  it('reads a past year after 特别是在 as a past year, and "YYYY年，是…" as the current one', () => {
    const past = dateClues('5月9日，代表团赴甲市交流', '特别是在2020年，两市克服困难，合作不断深化。', null);
    expect(resolveDate(past, [], null)).toBe('2021-05-09');
    const current = dateClues('2月18日上午，小组讨论会召开', '总结了全县2013年的工作。2014年，是全面深化改革的第一年。', null);
    expect(resolveDate(current, [], null)).toBe('2014-02-18');
  });
});

describe('layout on real pages', () => {
  it('joins the lines around a comma a scraper put on a line of its own', () => {
    const n = normalize('市委书记王卫致辞\n,\n副市长李明、张华\n,\n以及企业负责人出席。\n');
    expect(n.text).toBe('市委书记王卫致辞，副市长李明、张华，以及企业负责人出席。');
    const x = one('甲市举行招商推介座谈会\n\n3月24日下午，甲市在上海举行招商推介座谈会。\n市委书记王卫致辞，副市长李明、张华\n,\n市政府秘书长赵刚出席。\n');
    expect(rels(x, 'ATTENDED')).toEqual(expect.arrayContaining(['李明 -> EVENT', '张华 -> EVENT', '赵刚 -> EVENT']));
  });
});

describe('articles, attendance and names on real pages', () => {
  const page = [
    '区域合作',
    '本局甲市代表处正式启动',
    '8月12日，本局甲市代表处启动仪式在澳门举行，某省副省长王卫及某司司长李明等作为主礼嘉宾。仪式上，本局主席张华与某省商务厅厅长赵刚签署了合作备忘录。',
    '未来，本局将积极宣传澳门的经济、贸易、投资状况，推广澳门的产品及服务，为企业提供高效、优质的服务。',
    '本局甲市代表处启动仪式',
    '某省省长陈强率团参观展示中心',
    '「2016年合作联席会议」于6月21日在澳门举行，某省省长陈强率领代表团来澳参加会议，由本局执行委员刘关华作介绍。',
  ].join('\n');
  it('splits a page of news items without bylines at a headline that opens a dated lead', () => {
    const x = one(page);
    expect(x.articles.map((a) => a.title)).toEqual(['本局甲市代表处正式启动', '某省省长陈强率团参观展示中心']);
  });
  it('reads 主礼嘉宾 as attendance and ends a name before 作介绍', () => {
    const x = one(page);
    expect(rels(x, 'ATTENDED')).toEqual(expect.arrayContaining(['王卫 -> EVENT', '李明 -> EVENT', '刘关华 -> EVENT']));
    expect(x.entities.map((e) => e.name)).not.toContain('刘关华作');
  });
});

describe('pairings on real pages', () => {
  it('pairs two provinces named by their one-character names (闽宁协作) when both are named', () => {
    const x = one('福建省代表团来宁考察\n\n8月22日，福建省代表团来宁夏考察，切身感受闽宁协作带来的巨大变化。\n');
    expect(rels(x, 'PAIRED_WITH')).toEqual(['福建省 -> 宁夏回族自治区']);
  });
  it('does not pair the signers of a cooperation agreement framed by a pairing, but does pair a 结对帮扶 agreement', () => {
    const framed = one('联席会议召开\n\n6月11日，联席会议在甲县召开。会上，吴川市中医院与三江侗族自治县中医院签订了粤桂协作侗医药体验馆合作协议。\n');
    expect(rels(framed, 'PAIRED_WITH')).toEqual([]);
    const pairing = one('联席会议召开\n\n6月11日，联席会议召开。会上，鄞州区教育局与普安县教育局签订教育结对帮扶协议。\n');
    expect(rels(pairing, 'PAIRED_WITH')).toEqual(['鄞州区教育局 -> 普安县教育局']);
  });
  it('pairs the place a sentence opens with and the partner of "深化与B交流协作"', () => {
    const x = one('协作推进会召开\n\n8月13日，全市协作工作推进会在陇县召开。陇县将认真落实会议精神，进一步深化与铜山区交流协作，推动两地发展。\n');
    expect(rels(x, 'PAIRED_WITH')).toEqual(['陇县 -> 铜山区']);
  });
});

describe('credits after the body', () => {
  it('reads reporters from credit lines of their own and leaves editors out', async () => {
    const { closingCredit } = await import('../../src/extract/relations/reported.ts');
    expect(closingCredit('（王五/文）')).toEqual(['王五']);
    expect(closingCredit('（文/王五）')).toEqual(['王五']);
    expect(closingCredit('摄影报道：欧阳明 陈红')).toEqual(['欧阳明', '陈红']);
    expect(closingCredit('文/某某日报全媒体记者 赵六')).toEqual(['赵六']);
    expect(closingCredit('责任编辑：张三')).toEqual([]);
    const x = one('甲县召开讨论会\n\n2月18日上午，甲县召开小组讨论会，县人大常委会主任何开春主持。与会人员一致表示，要认真贯彻好报告精神。(王五/文)\n编辑:\n');
    expect(rels(x, 'REPORTED').map((r) => r.split(' -> ')[0])).toEqual(['王五']);
  });
});

describe('signatories on real pages', () => {
  it('takes the bodies an agreement names when people sign it, and a place signs through its government', () => {
    const x = one('甲区与乙大学开展战略合作\n\n12月24日下午，太原市晋源区与山西大学举行签约仪式。山西大学副校长郝平与晋源区区长张耀共同签署《山西大学晋源区人民政府战略合作框架协议》。\n');
    expect(rels(x, 'SIGNED').map((r) => r.split(' -> ')[0]).sort()).toEqual(['山西大学', '晋源区人民政府']);
  });
  it('takes the firm a 签约企业代表 speaks for, and the bodies of two titled signers', () => {
    const firm = one('某县举行招商引资项目集中签约仪式\n\n12月22日，某县招商引资项目集中签约仪式在县会议中心举行。签约企业代表东莞市蜀江新能源科技有限公司总经理曾伟作了发言。\n');
    expect(rels(firm, 'SIGNED').map((r) => r.split(' -> ')[0])).toContain('东莞市蜀江新能源科技有限公司');
    const titled = one('代表处启动\n\n8月12日，代表处启动仪式在澳门举行。仪式上，澳门贸易投资促进局主席张祖荣与湖北省商务厅厅长卢焱群签署了《深化经贸交流合作备忘录》。\n');
    expect(rels(titled, 'SIGNED').map((r) => r.split(' -> ')[0]).sort()).toEqual(['湖北省商务厅', '澳门贸易投资促进局']);
  });
});

describe('events on real pages', () => {
  it('reads 交流会 and 推介会 as meetings, and keeps a name joined by 暨 whole', () => {
    const x = one('甲区参加乙市—丙市对口合作交流会\n\n9月6日至9日，由市委书记张焕秋带队组成代表团赴丙市开展对口交流活动。副区长段继光参加了此次活动。\n');
    expect(rels(x, 'LED')).toEqual(['张焕秋 -> EVENT']);
    expect(rels(x, 'ATTENDED')).toContain('段继光 -> EVENT');
    const joined = one('洽谈会开幕\n\n9月8日，2011湖南经济合作洽谈会暨第五届湘商大会在长沙开幕，省长王卫出席。\n');
    expect(joined.entities.filter((e) => e.type === 'Event').map((e) => e.name)).toEqual(['2011湖南经济合作洽谈会暨第五届湘商大会']);
  });
});

describe('attendance lists on real pages', () => {
  it('takes the people of a list whose items close with "；" as its last item says, 师长 a post', () => {
    const x = one('代表团赴甲市学习考察\n\n5月18日，师市党委书记蒋欣率党政代表团到甲市学习考察。甲市党委副书记、第八师师长葛志辉；乙大学党委书记徐善东；丙集团总经理张高峰等分别与代表团一行座谈。\n');
    expect(rels(x, 'ATTENDED')).toEqual(expect.arrayContaining(['葛志辉 -> EVENT', '徐善东 -> EVENT', '张高峰 -> EVENT']));
  });
});

describe('names on real pages', () => {
  it('finds a bare name before 作…推介 and a name after the Latin post CEO', () => {
    const x = one('投资洽谈会在南昌举行\n\n10月12日，投资洽谈会在南昌举行。省长叶建春主持，夏文勇作重点产业推介。甲能源公司CEO陈康平、乙公司高级副总裁周亚琳分别发言。\n');
    expect(rels(x, 'ATTENDED')).toEqual(expect.arrayContaining(['夏文勇 -> EVENT', '陈康平 -> EVENT']));
    expect(rels(x, 'HOLDS_POSITION').some((r) => r.startsWith('陈康平 ->') && r.includes('CEO'))).toBe(true);
  });
});

describe('dot names', () => {
  it('does not read a project named with the dot as a person', async () => {
    const { dotName } = await import('../../src/extract/finders/names.ts');
    const s = '代表团参观了甲城项目、博鳌·金湾项目。';
    expect(dotName(s, s.indexOf('·'))).toBeNull();
    const t = '首席执行官拉斯·尼尔森介绍了情况。';
    expect(dotName(t, t.indexOf('·'))).not.toBeNull();
  });
});

describe('chairs', () => {
  it('reads "X到…调研并主持召开座谈会" as X chairing, and not a person named after X', () => {
    const x = one('市政协主席到甲区调研\n\n2月8日，市政协主席魏小东到甲区调研并主持召开座谈会。\n');
    expect(rels(x, 'CHAIRED')).toEqual(['魏小东 -> EVENT']);
    const y = one('市政协主席到甲区调研\n\n2月8日，市政协主席魏小东陪同省长王卫到甲区调研并主持召开座谈会。\n');
    expect(rels(y, 'CHAIRED')).toEqual([]);
  });
});

describe('bylines and honorifics', () => {
  it('reads "（记者 X/文 Y/图）" as two reporters, 文 after the slash a role', () => {
    const x = one('甲区召开会议\n\n（记者 王小明/文 李华/图）3月5日，甲区召开区委常委会会议，区委书记张伟主持。\n');
    expect(rels(x, 'REPORTED').map((r) => r.split(' -> ')[0]).sort()).toEqual(['李华', '王小明']);
  });
  it('finds a name without a Han surname before 同志', () => {
    const x = one('甲旗召开会议\n\n3月5日，甲旗召开旗委常委会会议，巴特尔同志、乌兰图雅同志出席会议。\n');
    expect(rels(x, 'ATTENDED')).toEqual(expect.arrayContaining(['巴特尔 -> EVENT', '乌兰图雅 -> EVENT']));
  });
});

describe('a signer signs for the place, not their party committee', () => {
  it('reads "市委常委、副市长X与客商签约" as the city signing: no government is named', () => {
    const x = one('潜江市举行项目签约仪式\n\n3月26日下午，潜江市项目签约仪式在市会议中心举行。仪式上，市委常委、副市长王卫与客商签约。\n');
    const signed = rels(x, 'SIGNED').map((r) => r.split(' -> ')[0]);
    expect(signed).toContain('潜江市');
    expect(signed).not.toContain('潜江市委');
    expect(signed).not.toContain('潜江市人民政府');
  });
});

describe('the partner of a visit', () => {
  it('pairs the visitor with the place of its own level in a chain ("昆明市…到迪庆州香格里拉市建塘镇考察对口帮扶项目")', () => {
    const x = one('昆明市党政代表团赴迪庆考察\n\n8月25日，昆明市党政代表团先后到迪庆州香格里拉市建塘镇实地考察对口帮扶项目建设情况。\n');
    expect(rels(x, 'PAIRED_WITH')).toEqual(['昆明市 -> 迪庆藏族自治州']);
  });
});

describe('more pairings', () => {
  it('pairs "在A的倾情帮扶下，B…" and a body\'s place that visits to study the pairing', () => {
    const helped = one('乙县代表团赴甲区调研\n\n2月21日，乙县代表团赴罗湖区调研。2022年，在罗湖区的倾情帮扶下，西林县巩固拓展脱贫攻坚成果。\n');
    expect(rels(helped, 'PAIRED_WITH')).toContain('罗湖区 -> 西林县');
    const body = one('天津市人大常委会副主任一行来庆阳调研\n\n7月6日，天津市人大常委会副主任张庆恩一行来庆阳市调研东西部协作和对口合作工作。\n');
    expect(rels(body, 'PAIRED_WITH')).toEqual(['天津市 -> 庆阳市']);
  });
});

describe('names run together', () => {
  it('splits a run of names a page wrote without separators, between and after names known in the article', () => {
    const x = one('代表团到我市考察\n\n8月7日，代表团到我市参观考察，市委书记符宣朝、代市长宁虹雯陪同。\n相关新闻：考察团到我市参观考察 符宣朝朱允彦宁虹雯符平等陪同\n');
    const people = x.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort();
    expect(people).toEqual(['宁虹雯', '朱允彦', '符宣朝', '符平'].sort());
  });
});
