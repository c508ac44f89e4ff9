// Failure kinds met on real articles the extractor was not tuned on, each with a made-up article written
// the way the papers write it (no sentence of a real page).
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/extract/finders/places.ts';
import { names, one, rels } from './extract-helpers.ts';

// The first extraction loads the segmenter's dictionaries: slow on a loaded machine, no bound is asserted.
const LOAD = { timeout: 60_000 };

describe('a visit to 我县: the visitor\'s county is not the paper\'s own', () => {
  it('pairs the visitor with the host the report names once, not with itself', LOAD, () => {
    const x = one(
      '5月8日至9日，庆阳市政协副主席、环县县长王明远带队到我县对接东西部协作工作。\n' +
        '环县考察团先后来到多个园区。环县考察团对我县发展表示赞赏，希望环县与乐亭县两地加强交流。',
    );
    expect(rels(x, 'PAIRED_WITH')).toEqual(['环县 -> 乐亭县']);
    expect(names(x, 'District')).toContain('环县');
  });
});

describe('an autonomous county named in full is written by its bare place name too', () => {
  it('pairs "A——B粤桂协作" where B is the bare name of the county named in full elsewhere', LOAD, () => {
    const x = one(
      '3月2日，廉江——融水粤桂协作联席会议在融水苗族自治县召开。\n廉江市委书记陈立新，融水苗族自治县委书记韦永刚出席会议。廉江与融水携手多年。',
    );
    expect(rels(x, 'PAIRED_WITH')).toEqual(['廉江市 -> 融水苗族自治县']);
    expect(names(x, 'District')).toEqual(['廉江市', '融水苗族自治县']);
  });
});

describe('"两个临县" counts neighbouring counties', () => {
  it('reads no 临县 (the county in Shanxi) after a count', LOAD, () => {
    expect(findPlaces('双方希望两个临县携手发展，几个邻县也来了。', new Set()).map((h) => h.name)).toEqual([]);
    expect(findPlaces('他到临县考察。', new Set()).map((h) => h.name)).toEqual(['临县']);
  });
});

describe('two places\' governments sign a pairing agreement', () => {
  it('pairs the places they govern, the last place of each name', LOAD, () => {
    const x = one('此次考察落实了浙江省宁波市海曙区人民政府与贵州省榕江县人民政府签订的《东西部协作和产业合作协议》。');
    expect(rels(x, 'PAIRED_WITH')).toEqual(['海曙区 -> 榕江县']);
  });
});

describe('"X还和Y公司签订…": an adverb and a conjunction end the clause before a firm', () => {
  it('reads the firm alone, with its bracketed region, and the government alone', LOAD, () => {
    const x = one('5月6日，泾源县人民政府还和远景（宁波）科技有限公司签订了合作协议。县政府也与华润置地有限公司签约。');
    expect(names(x, 'Enterprise')).toEqual(['华润置地有限公司', '远景（宁波）科技有限公司']);
  });
});

describe('two parties\' people listed item by item, "；" between, the last item ending in 出席', () => {
  it('lets every item attend', LOAD, () => {
    const x = one(
      '6月3日，华山路街道党工委、建设银行华山支行党委开展党建共建签约活动。\n建设银行华山支行党委书记、行长周明远，党委委员、副行长林晓峰；华山路街道党工委书记郑建国，党工委副书记钱丽出席活动。',
    );
    expect(rels(x, 'ATTENDED').map((r) => r.split(' -> ')[0]).sort()).toEqual(['周明远', '林晓峰', '郑建国', '钱丽']);
  });
});

describe('a board member written 董事 before the name', () => {
  it('is a person with that post, after 党委副书记 in the same list', LOAD, () => {
    const x = one('4月2日，华源集团与高新区签署战略合作协议。集团党委副书记、董事林国栋，高新区管委会副主任陈晓出席签约仪式。');
    expect(names(x, 'Person')).toContain('林国栋');
    expect(rels(x, 'HOLDS_POSITION').filter((r) => r.startsWith('林国栋 ->') && r.endsWith('(董事)'))).toHaveLength(1);
  });
});

describe('a central builder\'s bureau (中铁X局, 中建X局) is a firm, its 局 no government bureau', () => {
  it('finds the bureau and its regional command', LOAD, () => {
    const x = one('会上，中建三局西南地区指挥部与青山镇政府签订合作协议。中建三局副总经理赵国华出席。');
    expect(names(x, 'Enterprise')).toEqual(['中建三局', '中建三局西南地区指挥部']);
  });
});
