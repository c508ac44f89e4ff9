import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractionDoc } from '../../src/extract/document.ts';
import { extractDocument, STAGES } from '../../src/extract/pipeline.ts';
import { positions } from '../../src/extract/relations/positions.ts';
import { reported } from '../../src/extract/relations/reported.ts';
import { assemble } from '../../src/extract/stages/assemble.ts';
import { normalizeText } from '../../src/extract/stages/normalize.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

// A made-up article in the papers' style.
const TEXT = '区委开会\n本报讯（记者 张明远）3月5日，龙岗区委书记王卫在龙岗区主持召开区委常委会会议。区委副书记、区长李红出席会议。';

function runUntil(name: string): ExtractionDoc {
  let doc = normalizeText({ source: 'made-up.txt', text: TEXT });
  for (const [stageName, stage] of STAGES) {
    doc = stage(doc);
    if (stageName === name) return doc;
  }
  throw new Error(`no stage ${name}`);
}

describe('the declared pipeline', () => {
  it('lists its stages once each, resolution before the relation rules and dates last', () => {
    const names = STAGES.map(([n]) => n);
    expect(new Set(names).size).toBe(names.length);
    expect(names.indexOf('resolve')).toBeLessThan(names.indexOf('HOLDS_POSITION'));
    expect(names.at(-1)).toBe('dates');
  });

  it('runs a relation stage alone on a resolved document, without changing its input', () => {
    const doc = runUntil('resolve');
    const before = JSON.stringify(doc.articles);
    const [article] = doc.articles;
    expect(reported(article!, doc).reported?.map((r) => r.from)).toEqual(['Person|张明远']);
    const held = positions(article!, doc).positions ?? [];
    expect(held.map((r) => [r.from, r.title])).toEqual(
      expect.arrayContaining([['Person|王卫', '龙岗区委书记'], ['Person|李红', '区长']]),
    );
    expect(JSON.stringify(doc.articles)).toBe(before);
  });

  it('gives the same result as the stages run one by one', () => {
    const whole = extractDocument({ source: 'made-up.txt', text: TEXT });
    expect(assemble(runUntil('dates'))).toEqual(whole);
    expect(whole.relations.some((r) => r.type === 'ATTENDED' && r.from === 'Person|李红')).toBe(true);
  });
});
