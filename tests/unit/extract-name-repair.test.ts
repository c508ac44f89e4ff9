// Entity names repaired from the text around them: a name cut one character short, an owner left before a
// body's name, a verb of coming read as a person, posts and planning terms read as bodies. Made-up text only.
import { beforeAll, describe, expect, it } from 'vitest';
import { type NameContext, shapeName } from '../../src/extract/stages/name-shape.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

const at = (type: NameContext['type'], name: string, contexts: NameContext['contexts'] = [], places: string[] = []) =>
  shapeName({ type, name, contexts, homeDistrict: null, places });
const around = (surface: string, before: string, after: string) => ({ surface, before, after });

describe('people', () => {
  it('takes the character a name was cut before, when a list or a verb goes on after it', () => {
    expect(at('Person', '赵明', [around('赵明', '县领导李平、', '远及相关部门负责人参加')])).toBe('赵明远');
    expect(at('Person', '乌日', [around('乌日', '旗政协主席', '根主持会议并讲话')])).toBe('乌日根');
  });

  it('keeps a whole name followed by a function character or a list mark', () => {
    expect(at('Person', '赵明', [around('赵明', '县长', '在讲话中指出')])).toBe('赵明');
    expect(at('Person', '赵明', [around('赵明', '县领导', '等参加调研')])).toBe('赵明');
    expect(at('Person', '赵明', [around('赵明', '县领导', '以及相关负责人参加')])).toBe('赵明');
    expect(at('Person', '赵明', [around('赵明', '县领导', '、李平参加调研')])).toBe('赵明');
    expect(at('Person', '赵明', [around('赵明', '县长', '主持会议')])).toBe('赵明');
    expect(at('Person', '赵明', [around('赵明', '李平、', '均出席会议')])).toBe('赵明');
  });

  it('drops a verb of coming and the first character of a place (来南投资, 来南江参观)', () => {
    expect(at('Person', '来南', [around('来南', '海内外企业家', '投资兴业')], ['南江市'])).toBeNull();
    expect(at('Person', '来潜', [around('来潜', '期待各位朋友', '江参观考察')])).toBeNull();
  });
});

describe('bodies', () => {
  it('puts back the owner left before a branch or a committee', () => {
    expect(at('Organization', '北山分行党委', [around('北山分行党委', '、东方银行', '、南江集团党委')])).toBe('东方银行北山分行党委');
    expect(at('Organization', '青山县委员会', [around('青山县委员会', '日，政协', '召开常务委员会')])).toBe('政协青山县委员会');
    // No owner before it: left as it is.
    expect(at('Organization', '北山分行党委', [around('北山分行党委', '会议决定，', '、南江集团党委')])).toBe('北山分行党委');
  });

  it('reads a district named by one character and its level (郊区) before a relative body', () => {
    expect(at('Organization', '区人民政府', [around('区政府', '市委书记王平，郊', '副区长李强参加'), around('区政府', '促成了郊', '与东方集团签约')])).toBe('郊区人民政府');
    // A character that is no such district leaves it relative.
    expect(at('Organization', '区人民政府', [around('区政府', '会议由', '副区长李强主持')])).toBe('区人民政府');
  });

  it('reads a relative body as the one the article named in full, when there is exactly one', () => {
    const shaped = (bodies: string[]) => shapeName({ type: 'Organization', name: '市人民政府', contexts: [], homeDistrict: null, places: ['南江市', '北山市'], bodies });
    expect(shaped(['南江市人民政府', '东方大学'])).toBe('南江市人民政府');
    expect(shaped(['南江市人民政府', '北山市人民政府'])).toBe('市人民政府');
    // A county's office is no city's.
    expect(shaped(['青山县人民政府'])).toBe('市人民政府');
  });

  it('drops a site visited (展示中心, 纪念馆, 规划馆) and a company described, not named', () => {
    for (const name of ['青山镇发展成果展示中心', '南江革命纪念馆', '东湖区城市规划馆']) expect(at('Organization', name)).toBeNull();
    expect(at('Enterprise', '综合性建设集团')).toBeNull();
    expect(at('Enterprise', '东方建设集团')).toBe('东方建设集团');
  });

  it('drops a member\'s post and a planning term read as a body', () => {
    expect(at('Organization', '立委', [around('立委', '县长李平与', '王明到场见证')])).toBeNull();
    expect(at('Organization', '南江都市圈副中心')).toBeNull();
    for (const name of ['指挥部办公室', '领导小组办公室', '办公室']) expect(at('Organization', name)).toBeNull();
    expect(at('Organization', '青山县委办公室')).toBe('青山县委办公室');
    expect(at('Organization', '市委', [], ['南江市'])).toBe('南江市委');
  });
});

describe('places', () => {
  it('drops a place made of two characters that sit inside a longer word everywhere (长治久安)', () => {
    expect(at('District', '长治市', [around('长治', '维护边疆', '久安的大局')])).toBeNull();
    // A place prefix of a body's or zone's name is still the place.
    expect(at('District', '济宁市', [around('济宁', '，', '高新区管委会主任')])).toBe('济宁市');
    expect(at('District', '长治市', [around('长治', '维护边疆', '久安的大局'), around('长治', '赴', '考察')])).toBe('长治市');
    // A run the segmenter does not know (东陆政务) is no word: 东陆 stays a place.
    expect(at('District', '东陆区', [around('东陆', '', '政务服务提质增效')])).toBe('东陆区');
  });
});
