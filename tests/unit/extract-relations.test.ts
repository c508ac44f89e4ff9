import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/extract/index.ts';
import type { Extraction, RelationType } from '../../src/extract/format.ts';
import { maskStudied } from '../../src/extract/relations/text.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

/** Relations of one type as "from -> to" names (title appended for HOLDS_POSITION). */
function rels(x: Extraction, type: RelationType): string[] {
  const name = new Map(x.entities.map((e) => [e.id, e.type === 'Event' ? 'EVENT' : e.name]));
  for (const a of x.articles) name.set(a.id, 'ARTICLE');
  return x.relations
    .filter((r) => r.type === type)
    .map((r) => `${name.get(r.from)} -> ${name.get(r.to)}${r.title ? ` (${r.title})` : ''}`)
    .sort();
}
const one = (text: string) => extractDocuments([{ source: 't.txt', text }]);

describe('relations', () => {
  it('reads who chaired, attended and came to guide, and not who was only studied', () => {
    const x = one(
      '本报讯（龙华新闻记者 徐蔚昕）1月20日，龙华区委常委会（扩大）会议召开。区委书记王卫主持会议并讲话，区委副书记、区长雷卫华出席会议，' +
        '传达学习习近平总书记在河北考察并主持召开座谈会时的重要讲话精神。市委组织部组织四处处长孙政一行到会指导。',
    );
    expect(rels(x, 'CHAIRED')).toEqual(['王卫 -> EVENT']);
    expect(rels(x, 'ATTENDED')).toEqual(['孙政 -> EVENT', '深圳市委组织部 -> EVENT', '雷卫华 -> EVENT'].sort());
    expect(rels(x, 'REPORTED')).toEqual(['徐蔚昕 -> ARTICLE']);
    expect(rels(x, 'HOLDS_POSITION')).toEqual([
      '孙政 -> 深圳市委组织部 (市委组织部组织四处处长)', '王卫 -> 龙华区委 (区委书记)', '雷卫华 -> 龙华区 (区长)', '雷卫华 -> 龙华区委 (区委副书记)',
    ]);
  });

  it('reads who led a visit and where it went', () => {
    const x = one('本报讯（龙华新闻记者 徐蔚昕）龙华区由区委书记王卫率队，于1月25日至28日赴京开展“双招双引”工作。');
    expect(rels(x, 'LED')).toEqual(['王卫 -> EVENT']);
    expect(rels(x, 'HELD_IN')).toEqual(['EVENT -> 北京市']);
    expect(x.entities.find((e) => e.type === 'Event')?.kind).toBe('visit');
  });

  it('reads every party to a signing, not the place it happened', () => {
    const x = one('本报讯（龙岗融媒记者 林德全）3月25日，德国莱茵TUV、深圳市龙岗区商务局、深圳信息职业技术大学（以下简称“深信大”）三方在深圳龙岗正式签署低空技术检测认证合作框架协议。');
    expect(rels(x, 'SIGNED')).toEqual(['德国莱茵TUV -> EVENT', '深圳信息职业技术大学 -> EVENT', '龙岗区商务局 -> EVENT'].sort());
    expect(x.entities.find((e) => e.name === '德国莱茵TUV')?.type).toBe('Enterprise');
  });

  it('reads standing pairings, and 双方 signing as the paired parties', () => {
    const x = one('本报讯（记者 何咏诗）7月4日，两江新区礼嘉街道与城口县修齐镇深化结对帮扶。会上，双方签订了2025年结对帮扶协议。');
    expect(rels(x, 'PAIRED_WITH')).toEqual(['礼嘉街道 -> 修齐镇']);
    expect(rels(x, 'SIGNED')).toEqual(['修齐镇 -> EVENT', '礼嘉街道 -> EVENT']);
  });

  it('links bodies to their district and areas to their city', () => {
    const x = one('本报讯（记者 甲乙）3月1日，深圳市龙岗区商务局在龙岗区召开会议，深圳市有关部门参加。');
    expect(rels(x, 'PART_OF')).toContain('龙岗区商务局 -> 龙岗区');
    expect(rels(x, 'PART_OF')).toContain('龙岗区 -> 深圳市');
  });

  it('reads reporters from a 文/记者 byline line and from a closing byline', () => {
    const x = one('区里召开会议\n\n文/记者 张明 图/李华\n\n3月1日，区委书记王卫主持会议。\n\n（记者 赵刚 通讯员 钱丽）\n');
    expect(rels(x, 'REPORTED')).toEqual(['张明 -> ARTICLE', '李华 -> ARTICLE', '赵刚 -> ARTICLE', '钱丽 -> ARTICLE'].sort());
  });

  it('masks studied content with spaces, offsets kept', () => {
    const s = '唐向群主持召开党组会议，传达学习习近平总书记重要讲话精神。';
    const masked = maskStudied(s);
    expect(masked).toHaveLength(s.length);
    expect(masked).toContain('唐向群主持召开党组会议');
    expect(masked).not.toContain('习近平');
  });

  it('gives every relation its evidence sentence and its article', () => {
    const x = one('本报讯（记者 甲乙）3月1日，区委书记王卫主持会议。');
    const ids = new Set(x.articles.map((a) => a.id));
    for (const r of x.relations) {
      expect(ids.has(r.article)).toBe(true);
      expect(r.evidence.length).toBeGreaterThan(0);
    }
  });
});
