import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { ingestSamples, resetGraph, stats, testDriver } from './support.ts';

describe('the shared Neo4j', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetGraph(driver);
  });
  afterAll(() => driver.close());

  it('loads the samples through the real pipeline', async () => {
    const report = await ingestSamples(driver);
    expect(report.failures).toEqual([]);
    expect(report.articles).toBeGreaterThan(0);
    const s = await stats(driver);
    expect(s.nodes.Article).toBe(report.articles);
  });
});
