// Posts and bodies as unseen real articles write them (tenth session, `orgs`): each rule was counted in at least
// three articles from two provinces before it was written. Made-up sentences only, never corpus text.
import { beforeAll, describe, expect, it } from 'vitest';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { names, one, rels } from './extract-helpers.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

const posts = (text: string) => rels(one(text), 'HOLDS_POSITION');

describe('a party group member is a post', () => {
  it('reads 党组成员 before a name, and shares it with the post after it', () => {
    const got = posts('本报讯 4月2日，龙岗区政协召开党组会议。区政协党组成员、副主席林一平、何二成参加会议。');
    expect(got.filter((r) => r.startsWith('林一平'))).toEqual(expect.arrayContaining([expect.stringContaining('(区政协党组成员)'), expect.stringContaining('(副主席)')]));
    expect(got.some((r) => r.startsWith('何二成') && r.includes('党组成员'))).toBe(true);
  });
});

describe('firms a list names by brand and trade', () => {
  const firms = (text: string) => names(one(text), 'Enterprise');

  it('reads brand + trade items of a visit list as enterprises, not the sites beside them', () => {
    const got = firms('本报讯 5月6日，考察团一行先后到东湖果蔬基地、瑞丰药业、青松竹木、城南农贸市场考察。');
    expect(got).toEqual(expect.arrayContaining(['瑞丰药业', '青松竹木']));
    expect(got.some((n) => /基地|市场/.test(n))).toBe(false);
  });

  it('reads a "N家企业" list without 等', () => {
    expect(firms('本报讯 经筛选，金禾肉类、远泉食品2家企业的产品参加展销。')).toEqual(expect.arrayContaining(['金禾肉类', '远泉食品']));
  });

  it('leaves a trade written alone or with a common word (a field, not a firm)', () => {
    expect(firms('本报讯 全县重点发展绿色食品、生物制药、新型建材等产业。')).toEqual([]);
  });
});

describe('a party committee under its formal name', () => {
  it('is the X县委 the article names short: one body, the formal name an alias', () => {
    const x = one('本报讯 3月1日，中国共产党青禾县第九届委员会第五次全体会议召开。县委书记陆一鸣主持会议。县委副书记周二平参加会议。');
    const bodies = x.entities.filter((e) => e.type === 'Organization');
    expect(bodies.filter((e) => /青禾县委|委员会$/.test(e.name)).map((e) => e.name)).toEqual(['青禾县委']);
    expect(bodies.find((e) => e.name === '青禾县委')?.aliases).toContain('中国共产党青禾县第九届委员会');
  });
});

describe('a bare level in one person\'s chain of titles is the place the chain named before', () => {
  it('files 市长 and 市政府 under the guest\'s city, not the paper\'s', () => {
    const got = posts('儋州日报讯 8月7日，三亚市委副书记、市长林一平，三亚市委常委、市政府党组成员何二成到我市学习考察。儋州市委书记陆三木陪同。市领导周四海参加座谈。');
    expect(got).toContain('林一平 -> 三亚市 (市长)');
    expect(got.filter((r) => r.startsWith('何二成') && r.includes('市政府党组成员'))).toEqual(['何二成 -> 三亚市 (市政府党组成员)']);
    expect(got.some((r) => r.startsWith('林一平') && r.includes('儋州'))).toBe(false);
  });

  it('names the title\'s body after the chain\'s place ("天津市人大常委会副主任、市政府X办主任")', () => {
    const x = one('本报讯 5月9日，天水市与天津市召开协作视频会议。天津市人大常委会副主任、市政府合作交流办主任林一平，天水市委书记陆三木出席会议。');
    expect(rels(x, 'HOLDS_POSITION')).toContain('林一平 -> 天津市政府合作交流办 (市政府合作交流办主任)');
  });
});
