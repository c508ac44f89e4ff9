// Firms on real text the extractor was not tuned on (issue 10's discipline): each rule is for a kind of writing
// counted in at least 3 articles from 2 provinces, tried here on made-up sentences in the papers' style.
import { beforeAll, describe, expect, it } from 'vitest';
import { names, one } from './extract-helpers.ts';

beforeAll(() => void one('预热'), 60_000);

describe('a firm a visit comes to', { timeout: 60_000 }, () => {
  it('"来到/走进/前往X有限公司": the verb is no part of a firm named without a place', () => {
    const x = one(
      '本报讯 3月5日，考察团一行先后来到华远农业开发有限公司、县农产品市场参观。' +
        '随后，县长陈立新来到瑞丰国际发电股份有限公司调研，又走进安泰精工有限公司，前往盛达物流集团。',
    );
    expect(names(x, 'Enterprise')).toEqual(['华远农业开发有限公司', '安泰精工有限公司', '瑞丰国际发电股份有限公司', '盛达物流集团'].sort());
  });
});
