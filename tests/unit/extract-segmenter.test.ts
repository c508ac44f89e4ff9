import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// patches/nodejieba+*.patch moves the TextRank extractor's construction from load() to its first use (it
// holds a second copy of the dictionary, ≈110 MiB per thread, and the extractor never uses it). The lazy
// path must still work for anyone who does call it.
describe('patched nodejieba', () => {
  const nodejieba = createRequire(import.meta.url)('nodejieba') as {
    load: () => void;
    textRankExtract: (text: string, topN: number) => { word: string; weight: number }[];
  };

  it('builds the TextRank extractor on first use, after load', () => {
    nodejieba.load();
    const words = nodejieba.textRankExtract('区委书记出席签约仪式，签约仪式在区政府举行，双方签约。', 3).map((w) => w.word);
    expect(words).toContain('签约');
    // A second call reuses the extractor built by the first.
    expect(nodejieba.textRankExtract('区委书记出席签约仪式。', 2)).toHaveLength(2);
    // Loading the dictionaries takes seconds on a busy machine: a budget, not an assertion.
  }, 60_000);
});
