// Layout and script noise the normalizer removes before any finder runs. Made-up text only.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/extract/normalize.ts';

describe('pinyin glosses', () => {
  it('drops a gloss that lists several readings (和（hé / huò）, 一（yī / yì /yí）), keeping every offset true', () => {
    const src = '开发区管委会和（hé / huò）市投资公司要（yào / yāo）进一（yī / yì /yí）步合作。';
    const n = normalize(src);
    expect(n.text).toBe('开发区管委会和市投资公司要进一步合作。');
    for (let i = 0; i < n.text.length; i++) expect(src[n.offsets[i]!]).toBe(n.text[i]);
  });

  it('keeps brackets that hold no reading (王平（右）, 李强（CEO）)', () => {
    expect(normalize('会见了王平（右）和李强（CEO）。').text).toBe('会见了王平（右）和李强（CEO）。');
  });
});

describe('share buttons', () => {
  it('leaves "分享到…" out of the headline it follows', async () => {
    const { isLayoutLine } = await import('../../src/extract/layout-noise.ts');
    for (const line of ['分享到:', '分享到微信朋友圈', '分享到： 微信 | 微博']) expect(isLayoutLine(line)).toBe(true);
    expect(isLayoutLine('分享到各地的经验做法值得推广。')).toBe(false);
  });
});
