// The extractor on real text it was not tuned on (issue 10's discipline): each rule here is for a kind of
// writing counted in at least 3 articles from 2 provinces, tried on made-up sentences in the papers' style.
import { beforeAll, describe, expect, it } from 'vitest';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { names, one, rels } from './extract-helpers.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

describe('posts', () => {
  it('an adviser (顾问, 总顾问, X发展顾问) is a post before a name; 顾问 inside an enterprise name is not', () => {
    const x = one(
      '本报讯（记者 张明远）3月5日，永嘉县县长陈立新与华远工程顾问集团有限公司总经理林海、华远产业联盟投资发展总顾问赵文博座谈。' +
        '陈立新为乡村振兴规划顾问孙晓东颁发聘书。',
    );
    expect(names(x, 'Person')).toEqual(['孙晓东', '张明远', '林海', '赵文博', '陈立新']);
    expect(rels(x, 'HOLDS_POSITION').join('\n')).toMatch(/赵文博 -> .*总顾问/);
    expect(rels(x, 'HOLDS_POSITION').join('\n')).toMatch(/孙晓东 -> .*顾问/);
    expect(names(x, 'Enterprise')).toContain('华远工程顾问集团有限公司');
  });
});

describe('an autonomous prefecture written by its bare bodies', () => {
  it('州委副书记、州长 and 州政府 make the 自治州 home, not a city named once inside a firm; its body is also written X州', () => {
    const x = one(
      '3月17日，州委副书记、州长陈立新与华远集团昆明分公司总经理林海座谈，州政府与华远集团有限公司签订战略合作框架协议。\n' +
        '陈立新表示，大理州将坚持优化营商环境，全力为企业做好服务。',
    );
    const government = x.entities.find((e) => e.type === 'Organization' && e.name === '大理白族自治州人民政府');
    expect(government?.aliases).toContain('大理州人民政府');
    expect(rels(x, 'SIGNED').join('\n')).toMatch(/大理白族自治州人民政府 ->/);
    expect(rels(x, 'HELD_IN').join('\n')).toMatch(/-> 大理白族自治州/);
    expect(rels(x, 'HELD_IN').join('\n')).not.toMatch(/昆明/);
  });
});

describe('a group sent by a bare level', () => {
  it('市换届工作督导组 keeps the name it is written with beside its place-qualified name; a 区政府党组 does not', () => {
    const x = one('本报讯（记者 张明远）3月5日，永嘉县政协召开全体会议。市换届工作督导组到会指导。区政府党组书记林海出席会议。');
    const group = x.entities.find((e) => e.type === 'Organization' && e.name.endsWith('换届工作督导组'));
    expect(group?.aliases).toContain('市换届工作督导组');
    expect(x.entities.flatMap((e) => e.aliases)).not.toContain('区政府党组');
  });
});
