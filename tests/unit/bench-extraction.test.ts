import { describe, expect, it } from 'vitest';
import { chunkByChars, extractionFigures, warmupBatches } from '../../src/bench/extraction.ts';

describe('extraction benchmark figures', () => {
  it('takes the median of per-round ratios, CPU for the goal and wall beside it', () => {
    const f = extractionFigures({
      chars: 1000,
      articles: 3,
      // Round 2's tagging was slowed by a neighbour in wall time only: the CPU verdict does not move.
      extractMs: [2000, 2100, 2050],
      jiebaMs: [500, 1000, 520],
      extractCpuMs: [1500, 1540, 1600],
      jiebaCpuMs: [500, 500, 400],
    });
    expect(f.cpuRatios).toEqual([3, 3.08, 4]);
    expect(f.ratio).toBe(3.08);
    expect(f.wallRatios![1]).toBeCloseTo(2.1);
    expect(f.wallRatio).toBeCloseTo(2050 / 520);
    expect(f.extractCharsPerSec).toBeCloseTo(1000 / 2.05);
    expect(f.jiebaCharsPerSec).toBeCloseTo(1000 / 0.52);
  });

  it('cuts whole files into chunks of about the given size', () => {
    const doc = (n: number) => ({ source: `f${n}`, text: 'x'.repeat(n) });
    expect(chunkByChars([doc(3), doc(3), doc(5), doc(1)], 5).map((c) => c.map((d) => d.source))).toEqual([['f3', 'f3'], ['f5'], ['f1']]);
  });

  it('warms up over a character budget: a small corpus several times over, a large one on its first chunk', () => {
    // One 600k-char chunk (the 1k corpus): five passes reach 2.5M.
    expect(warmupBatches([600_000], 2_500_000)).toEqual([0, 0, 0, 0, 0]);
    // Chunks cycle in order until the budget is spent.
    expect(warmupBatches([1_000_000, 500_000], 2_500_000)).toEqual([0, 1, 0]);
    // A chunk bigger than the budget: that one only.
    expect(warmupBatches([4_000_000, 4_000_000], 2_500_000)).toEqual([0]);
    // Nothing to read: at most one (empty) chunk, and no endless loop.
    expect(warmupBatches([0], 2_500_000)).toEqual([0]);
    expect(warmupBatches([], 2_500_000)).toEqual([]);
  });
});
