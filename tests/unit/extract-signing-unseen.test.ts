// Signings on real text the extractor was not tuned on (issue 10's discipline): each rule is for a kind of signing
// writing counted in at least 3 articles from 2 provinces, tried here on made-up sentences in the papers' style.
import { beforeAll, describe, expect, it } from 'vitest';
import { one, rels } from './extract-helpers.ts';

beforeAll(() => void one('预热'), 60_000);

// A whole extraction per test: generous under the shared machine's load (no assertion reads time).
describe('双方 of a signing', { timeout: 60_000 }, () => {
  it('"两大开发区签署" after a visit: the parties are the pair of the headline', () => {
    const x = one(
      '永嘉县经济开发区与瑞安市经济开发区建立合作共建关系\n\n' +
        '本报讯 3月5日，瑞安市经济开发区考察团一行到永嘉县经济开发区参观考察。考察团一行先后参观了华远电子有限公司等企业。' +
        '随后，在座谈会上，两大开发区签署了合作共建协议。',
    );
    expect(rels(x, 'SIGNED')).toEqual(['永嘉县经济开发区 -> EVENT', '瑞安市经济开发区 -> EVENT']);
  });
});
