// The entity-shape rules on made-up names and sentences in the papers' style (never corpus text).
import { beforeAll, describe, expect, it } from 'vitest';
import { clauseShaped, eventName, repairEventName } from '../../src/extract/stages/event-name.ts';
import { type NameContext, shapeName } from '../../src/extract/stages/name-shape.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';

// The people rules read the segmenter's dictionary: load it once, outside the tests' time limit.
beforeAll(() => void wordBoundaries('预热'), 60_000);

const at = (type: NameContext['type'], name: string, contexts: NameContext['contexts'] = [], homeDistrict: string | null = null, places: string[] = []) =>
  shapeName({ type, name, contexts, homeDistrict, places });
const around = (surface: string, before: string, after: string) => ({ surface, before, after });

describe('bodies and enterprises', () => {
  it('cuts a conjunction glued in front and a clause glued after the suffix', () => {
    expect(at('Enterprise', '与新港集团')).toBe('新港集团');
    expect(at('Organization', '东安省总工会贯彻落实省委')).toBe('东安省总工会');
    expect(at('Enterprise', '南江发展集团作为省级国有资本投资公司')).toBe('南江发展集团');
    expect(at('Enterprise', '考察团一行先后来到丰禾农业开发有限公司')).toBe('丰禾农业开发有限公司');
  });

  it('reads a post as its body and two fused bodies as the party committee', () => {
    expect(at('Organization', '平安市委常委')).toBe('平安市委');
    expect(at('Organization', '青山县委县人民政府')).toBe('青山县委');
  });

  it('drops venues, generic and verb-headed bodies and companies without a proper name', () => {
    for (const name of ['东湖宾馆明珠厅', '某市人民政府贵宾厅', '某县行政中心报告厅', '南江国际会展中心', '青山有关区县政协', '增补东方建设集团党委']) expect(at('Organization', name)).toBeNull();
    for (const name of ['国有独资公司', '大型公司']) expect(at('Enterprise', name)).toBeNull();
    expect(at('Organization', '大工委', [around('大工委', '实行“', '”模式')])).toBeNull();
  });

  it('names a relative body after the article\'s own district, and keeps it relative when that is unknown', () => {
    expect(at('Organization', '区人民政府', [], '龙华区')).toBe('龙华区人民政府');
    expect(at('Organization', '区人民政府', [], null)).toBe('区人民政府');
    // "王明和县政府办" is 王明 + 和 + the county's own 县政府办.
    expect(at('Organization', '和县规划局', [], '青山县')).toBe('青山县规划局');
    expect(at('Organization', '和县规划局', [], null, ['东江市'])).toBeNull();
  });

  it('keeps a well-formed name as it is', () => {
    for (const name of ['龙华区人民政府', '中国人民政治协商会议青山县委员会', '南湖区区委']) expect(at('Organization', name)).toBe(name);
    expect(at('Enterprise', '东方电子科技有限公司')).toBe('东方电子科技有限公司');
  });
});

describe('places', () => {
  it('cuts a leading 是/与 from a zone and drops 和 + a bare county glued to a name', () => {
    expect(at('District', '是高新区')).toBe('高新区');
    expect(at('District', '和县', [around('和县', '王明', '政府办、县商务局')])).toBeNull();
    expect(at('District', '和县', [around('和县', '安徽省', '人民政府')])).toBe('和县');
  });

  it('takes a two-character county as a place only where the text writes it as one', () => {
    expect(at('District', '岚县', [around('岚县', '品牌', '战略')])).toBeNull();
    expect(at('District', '岚县', [around('岚县', '赴', '考察')])).toBe('岚县');
  });
});

describe('people', () => {
  it('cuts a last character that starts the next word (在…中, 率…代表团, 关于)', () => {
    expect(at('Person', '张明在', [around('张明在', '，', '致辞中表示')])).toBe('张明');
    expect(at('Person', '李强率', [around('李强率', '区长', '代表团来我区考察')])).toBe('李强');
    expect(at('Person', '王芳关', [around('王芳关', '', '于合作的介绍')])).toBe('王芳');
    expect(at('Person', '王芳和', [around('王芳和', '，', '李强出席')])).toBe('王芳和');
  });

  it('drops a verb of coming read as a surname, and a place named as a party', () => {
    expect(at('Person', '来青', [around('来青', '考察团', '开展对接')])).toBeNull();
    expect(at('Person', '来青', [around('来青', '主任', '出席')])).toBe('来青');
    expect(at('Person', '深圳', [around('深圳', '代表', '签约')])).toBeNull();
  });

  it('drops a rate and a breadcrumb', () => {
    expect(at('Person', '满意率')).toBeNull();
    expect(at('Person', '要闻·动态', [around('要闻·动态', '首页>', '>正文')])).toBeNull();
  });
});

describe('event names', () => {
  it('cuts page chrome, 在X举行 and a head that starts mid-clause', () => {
    expect(repairEventName('当前位置： 首页 > 要闻 > 正文青山县与东方大学战略合作签约仪式发布日期：2024-05-28', '')).toBe('青山县与东方大学战略合作签约仪式');
    expect(repairEventName('青山县招商推介会在东湖宾馆举行', '')).toBe('青山县招商推介会');
    expect(repairEventName('以“共赢”为主题的青山投资大会', '')).toBe('青山投资大会');
    expect(repairEventName('在南江会展中心第三届投资洽谈会开幕式上', '')).toBe('第三届投资洽谈会开幕式');
  });

  it('extends a meeting cut short from its sentence', () => {
    expect(repairEventName('区十六届人大常委会', '日前，区十六届人大常委会第12次会议召开。')).toBe('区十六届人大常委会第12次会议');
  });

  it('tells a clause from a name', () => {
    expect(clauseShaped('区长李强出席会议')).toBe(true);
    expect(clauseShaped('双方正式签订合作协议')).toBe(true);
    expect(clauseShaped('青山县与东方大学战略合作签约仪式')).toBe(false);
    expect(clauseShaped('东方集团一行到青山县考察')).toBe(false);
  });

  it('gives a clause the headline, else the parties of a signing, else place and kind', () => {
    expect(eventName('区长李强出席会议', 'meeting', '', '青山县召开全体会议', null)).toBe('青山县全体会议');
    expect(eventName('县人民政府还和东方实业有限公司签订了项目投资协议', 'signing', '', null, null)).toBe('县人民政府与东方实业有限公司签约仪式');
    expect(eventName('双方正式签订合作协议', 'signing', '', null, '青山县')).toBe('青山县签约仪式');
  });
});
