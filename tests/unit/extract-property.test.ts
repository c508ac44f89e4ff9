import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/extract/index.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

// Pieces of newspaper text, so random strings reach the rules and not only the first guard.
const pieces = ['本报讯（记者 张三）', '深圳特区报讯(记者 李', '四)', '区委书记', '王卫', '、', '，', '。', '\n', '\n\n', '主持', '出席', '签署', '协议', '与', '龙岗区', '深圳市', '商务局', '集团', '以下简称“', '”', '（', '）', '3月27日', '2026年', '昨日', '摄', '記者', '區長', 'TUV', ' ', '　', '結對', '率队', '赴京'];
const newsish = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 40 }).map((xs) => xs.join(''));

describe('extractor on random input', () => {
  it('never throws and always writes the format', () => {
    fc.assert(
      fc.property(fc.array(newsish, { minLength: 1, maxLength: 3 }), (texts) => {
        const x = extractDocuments(texts.map((text, i) => ({ source: `r${i}.txt`, text })));
        const ids = new Set(x.entities.map((e) => e.id));
        for (const r of x.relations) expect(ids.has(r.from)).toBe(true);
        for (const a of x.articles) expect(a.span[0]).toBeLessThanOrEqual(a.span[1]);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
