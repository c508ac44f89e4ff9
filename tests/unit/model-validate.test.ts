// The format's contract (docs/FORMAT.md) as a pure function, and the extractor held to it on random input.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/extract/index.ts';
import type { Extraction } from '../../src/extract/format.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { cleanText, validateExtraction } from '../../src/model/validate.ts';

const base: Extraction = {
  articles: [{ id: 'a:1', source: 'f.txt', span: [0, 50], title: null, date: null }],
  entities: [
    { id: 'p:1', type: 'Person', name: '王策飞', aliases: [], articles: ['a:1'] },
    { id: 'c:1', type: 'Enterprise', name: '某集团', aliases: [], articles: ['a:1'] },
    { id: 'd:1', type: 'District', name: '龙岗区', aliases: [], articles: ['a:1'] },
  ],
  relations: [{ type: 'HOLDS_POSITION', from: 'p:1', to: 'd:1', article: 'a:1', evidence: '区长王策飞', title: '区长' }],
};

describe('validateExtraction', () => {
  it('passes a valid extraction unchanged', () => {
    expect(validateExtraction(base)).toEqual({ extraction: base, problems: [] });
  });

  it('repairs names, aliases, titles and evidence: control characters and unpaired surrogates dropped', () => {
    const x: Extraction = {
      ...base,
      entities: [{ ...base.entities[0]!, name: '王\u0007策\uD800飞', aliases: ['王\u200b书记\n', '\uDC00'] }, ...base.entities.slice(1)],
      relations: [{ ...base.relations[0]!, evidence: '区长\u0000王策飞', title: '区长\uDBFF' }],
    };
    const { extraction, problems } = validateExtraction(x);
    expect(extraction.entities[0]).toMatchObject({ name: '王策飞', aliases: ['王\u200b书记'] });
    expect(extraction.relations[0]).toMatchObject({ evidence: '区长王策飞', title: '区长' });
    expect(problems).toEqual([
      'entity p:1: name had control characters or unpaired surrogates: removed',
      'HOLDS_POSITION p:1 → d:1 (a:1): evidence had control characters or unpaired surrogates: removed',
      'HOLDS_POSITION p:1 → d:1 (a:1): title had control characters or unpaired surrogates: removed',
    ]);
    expect(cleanText('😀 好')).toBe('😀 好'); // a surrogate pair is one character, kept
  });

  it('leaves out relations whose endpoints the table refuses, without evidence or without a title', () => {
    const x: Extraction = {
      ...base,
      relations: [
        { type: 'PART_OF', from: 'c:1', to: 'd:1', article: 'a:1', evidence: '某集团位于龙岗区' },
        { type: 'REPORTED', from: 'p:1', to: 'a:1', article: 'a:1', evidence: '  ' },
        { type: 'HOLDS_POSITION', from: 'p:1', to: 'c:1', article: 'a:1', evidence: '董事长王策飞' },
        { type: 'ATTENDED', from: 'p:1', to: 'd:1', article: 'a:1', evidence: '王策飞在龙岗区' },
      ],
    };
    const { extraction, problems } = validateExtraction(x);
    expect(extraction.relations).toEqual([]);
    expect(problems).toEqual([
      'PART_OF c:1 → d:1 (a:1): Enterprise → District is not allowed (Organization → Organization, District; District → District): left out',
      'REPORTED p:1 → a:1 (a:1): no evidence sentence: left out',
      'HOLDS_POSITION p:1 → c:1 (a:1): HOLDS_POSITION needs a title: left out',
      'ATTENDED p:1 → d:1 (a:1): Person → District is not allowed (Person, Organization, Enterprise, District → Event): left out',
    ]);
  });
});

// Pieces of newspaper text, so random strings reach the rules (as in extract-property.test.ts), plus the
// characters the contract is about: controls, lone surrogates, zero-width and full-width spaces.
const pieces = ['本报讯（记者 张三）', '区委书记', '董事长', '王卫', '、', '，', '。', '\n', '主持', '出席', '签署', '协议', '与', '龙岗区', '深圳市', '商务局', '集团', '有限公司', '结对', '率队', '3月27日', '\u0007', '\uD800', '\uDC00', '\u200b', '　', '\u0085'];
const newsish = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 2 })), { maxLength: 30 })
  .map((xs) => xs.join(''));

beforeAll(() => void wordBoundaries('预热'), 60_000);

describe('the extractor on 10,000 random inputs', () => {
  it('writes the format its contract describes: validateExtraction finds nothing to repair or leave out', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        const x = extractDocuments([{ source: 'r.txt', text }]);
        expect(validateExtraction(x).problems).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
  }, 600_000);
});
