import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/extract/index.ts';
import { entityId, isAbbreviation } from '../../src/extract/resolve.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

const doc = (source: string, text: string) => ({ source, text });
const named = (x: ReturnType<typeof extractDocuments>, name: string) => x.entities.filter((e) => e.name === name || e.aliases.includes(name));

describe('resolve', () => {
  it('knows abbreviations from names that only share a prefix', () => {
    expect(isAbbreviation('工信部', '工业和信息化部')).toBe(true);
    expect(isAbbreviation('发改委', '发展和改革委员会')).toBe(true);
    expect(isAbbreviation('龙岗区', '龙岗区商务局')).toBe(false);
    expect(isAbbreviation('市委', '市委组织部')).toBe(false);
  });

  it('gives one id to one person across documents and scripts, stable whatever the order', () => {
    const a = doc('a.txt', '本报讯（记者 张明）3月1日，区委副书记、区长雷卫华出席会议。');
    const b = doc('b.txt', '本報訊（記者 張明）3月2日，區委副書記、區長雷衛華出席會議。');
    const ab = extractDocuments([a, b]);
    const ba = extractDocuments([b, a]);
    const lei = named(ab, '雷卫华');
    expect(lei).toHaveLength(1);
    expect(lei[0]!.aliases).toContain('雷衛華');
    expect(lei[0]!.articles).toHaveLength(2);
    expect(lei[0]!.id).toBe(entityId('Person', '雷卫华'));
    expect(named(ba, '雷卫华')[0]!.id).toBe(lei[0]!.id);
    expect(new Set(ab.entities.map((e) => e.id))).toEqual(new Set(ba.entities.map((e) => e.id)));
  });

  it('merges a short form with its long form, a place prefix and an enterprise suffix, and keeps prefix-sharers apart', () => {
    const x = extractDocuments([
      doc('c.txt', '本报讯（记者 张明）3月1日，龙华团队拜会了工业和信息化部、香港港通物流集团有限公司、龙岗区商务局。'),
      doc('d.txt', '本报讯（记者 张明）3月2日，龙华区与工信部、港通物流集团签订协议，龙岗区提供支持。'),
    ]);
    expect(named(x, '工信部').map((e) => e.name)).toEqual(['工业和信息化部']);
    expect(named(x, '港通物流集团')).toHaveLength(1);
    expect(named(x, '龙岗区商务局')).toHaveLength(1);
    expect(named(x, '龙岗区')[0]!.type).toBe('District');
    expect(named(x, '龙岗区商务局')[0]!.id).not.toBe(named(x, '龙岗区')[0]!.id);
  });

  it('keeps the 以下简称 short name as an alias and finds it again later', () => {
    const x = extractDocuments([doc('e.txt', '本报讯（记者 张明）3月1日，深圳信息职业技术大学（以下简称“深信大”）与龙岗区签署协议。深信大将发挥优势。')]);
    const u = named(x, '深信大');
    expect(u.map((e) => e.name)).toEqual(['深圳信息职业技术大学']);
  });
});
