// Several ingests at once against the real Neo4j: on a fresh store (both apply the schema at the same
// moment), on the same articles (both would append the same ids), in several `kg ingest` processes on
// disjoint and overlapping inputs. Each must end equal to one clean ingest, provenance lists without duplicates.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/format.ts';
import { extractDocumentsParallel } from '../../src/extract/index.ts';
import { read, write } from '../../src/graph/cypher.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { ingestPaths } from '../../src/ingest/paths.ts';
import { writeCorpus } from '../../src/synth/corpus.ts';
import { dumpGraph, resetGraph, runKg, testDriver, type GraphDump } from './support.ts';

async function duplicates(driver: Driver): Promise<{ nodes: string[]; relationships: string[] }> {
  const row = (await read(driver, 'graph-duplicate-provenance')).records[0]!;
  return { nodes: row.get('nodes'), relationships: row.get('relationships') };
}

/** A fresh store: no data, and none of the schema's constraints and indexes. */
async function freshStore(driver: Driver): Promise<void> {
  await resetGraph(driver);
  const rules = await read<{ name: string; owningConstraint: string | null }>(driver, 'graph-test-schema-rules');
  for (const r of rules.records) {
    const owner = r.get('owningConstraint');
    if (owner) await write(driver, 'graph-test-drop-constraint', { name: owner });
    else await write(driver, 'graph-test-drop-index', { name: r.get('name') });
  }
  expect((await read(driver, 'graph-test-schema-rules')).records).toEqual([]);
}

describe('concurrent ingests', () => {
  let driver: Driver;
  let dir: string;
  let files: string[];
  let extraction: Extraction;
  let clean: GraphDump;

  beforeAll(async () => {
    driver = testDriver();
    dir = mkdtempSync(join(tmpdir(), 'kg-concurrent-'));
    // Synthetic news: a few people and districts in many articles, so loads contend for the same hubs.
    writeCorpus({ articles: 60, seed: 'concurrent-ingest', out: join(dir, 'corpus'), goldPath: join(dir, 'gold.json') });
    files = readdirSync(join(dir, 'corpus')).sort().map((f) => join(dir, 'corpus', f));
    extraction = await extractDocumentsParallel(files.map((f) => ({ source: f, text: readFileSync(f, 'utf8') })));
    await resetGraph(driver);
    await applySchema(driver);
    const report = await ingestPaths(driver, files);
    expect(report.failures).toEqual([]);
    clean = await dumpGraph(driver);
    expect(await duplicates(driver)).toEqual({ nodes: [], relationships: [] });
  }, 300_000);
  beforeEach(() => resetGraph(driver));
  afterAll(async () => {
    await applySchema(driver); // leave the schema for the next test file
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('two loads at once on a fresh store (schema included) end equal to one clean load, each id once per list', async () => {
    await loadExtraction(driver, extraction, { articlesPerTx: 1 });
    const oneLoad = await dumpGraph(driver);
    await freshStore(driver);
    const drivers = [testDriver(), testDriver()];
    try {
      await Promise.all(drivers.map(async (d) => {
        await applySchema(d);
        await loadExtraction(d, extraction, { articlesPerTx: 3 });
      }));
    } finally {
      await Promise.all(drivers.map((d) => d.close()));
    }
    expect(await dumpGraph(driver)).toEqual(oneLoad);
    expect(await duplicates(driver)).toEqual({ nodes: [], relationships: [] });
  });

  it('a re-ingest repairs provenance lists that hold an id twice', async () => {
    await loadExtraction(driver, extraction);
    const before = await dumpGraph(driver);
    await write(driver, 'graph-test-double-provenance');
    const doubled = await duplicates(driver);
    expect(doubled.nodes.length).toBeGreaterThan(10);
    expect(doubled.relationships.length).toBeGreaterThan(10);
    await loadExtraction(driver, extraction, { articlesPerTx: 7 });
    expect(await duplicates(driver)).toEqual({ nodes: [], relationships: [] });
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it('several `kg ingest` processes on a fresh store, on disjoint and overlapping inputs, end equal to one clean ingest', async () => {
    await freshStore(driver);
    const half = Math.ceil(files.length / 2);
    const inputs = [files.slice(0, half), files.slice(half), files, files.slice(1, half + 2)];
    const runs = await Promise.all(inputs.map((paths) => runKg(['ingest', ...paths])));
    for (const run of runs) {
      expect(run.stderr).not.toMatch(/already exists|Error/);
      expect(run.code).toBe(0);
    }
    expect(await duplicates(driver)).toEqual({ nodes: [], relationships: [] });
    expect(await dumpGraph(driver)).toEqual(clean);
  }, 600_000);
});
