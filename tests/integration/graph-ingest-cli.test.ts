// `kg ingest`, `kg stats`, `kg delete-article` as a user runs them, against the run's Neo4j.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dumpGraph, resetGraph, runKg, samplePaths, stats, testDriver, type GraphDump } from './support.ts';

/** (node id, article) and (relationship, article, evidence) pairs: every fact with its provenance. */
function provenance(dump: GraphDump): string[] {
  const nodes = dump.nodes.flatMap((line) => {
    const n = JSON.parse(line);
    return ((n.articles ?? []) as string[]).map((a) => `${n.id} ${a}`);
  });
  const rels = dump.relationships.flatMap((line) => {
    const [type, from, to, title, pairs] = JSON.parse(line) as [string, string, string, string | null, [string, string][]];
    return pairs.map(([a, evidence]) => JSON.stringify([type, from, to, title, a, evidence]));
  });
  return [...nodes, ...rels].sort();
}

function withoutAliases(dump: GraphDump): GraphDump {
  return { ...dump, nodes: dump.nodes.map((line) => JSON.stringify({ ...JSON.parse(line), aliases: null })) };
}

describe('kg ingest / stats / delete-article', () => {
  let driver: Driver;
  let dir: string;
  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(async () => {
    await resetGraph(driver);
    dir = mkdtempSync(join(tmpdir(), 'kg-ingest-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  afterAll(() => driver.close());

  function copySamples(into: string): string[] {
    return samplePaths().map((p) => {
      const target = join(into, basename(p));
      copyFileSync(p, target);
      return target;
    });
  }

  it('names each bad file with its reason, still loads the good ones, exits non-zero, loses nothing stored', async () => {
    // Something stored before: a file that loads fine now and is broken later must keep its articles.
    // (Its text differs from the samples', so its articles are its own.)
    const earlier = join(dir, 'earlier.txt');
    writeFileSync(earlier, readFileSync(samplePaths()[0]!, 'utf8').replaceAll('2026', '2025'));
    expect((await runKg(['ingest', earlier])).code).toBe(0);
    const stored = await dumpGraph(driver);
    expect(stored.nodes.length).toBeGreaterThan(0);

    copySamples(dir);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Le café est très bon. Ça coûte cher à Noël, façade.\n'.repeat(20), 'latin1'));
    const sample = readFileSync(samplePaths()[0]!, 'utf8');
    writeFileSync(join(dir, 'huge.txt'), sample.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(sample))));
    writeFileSync(earlier, Buffer.from([0, 1, 2, 3, 0, 0, 7])); // now broken

    const run = await runKg(['ingest', dir, join(dir, 'missing.txt')]);
    expect(run.code).toBe(1);
    const failures = run.stderr.slice(run.stderr.indexOf('failures by file:'));
    expect(failures).toMatch(/empty\.txt: empty file/);
    expect(failures).toMatch(/binary\.bin: binary file/);
    expect(failures).toMatch(/latin1\.txt: undecodable/);
    expect(failures).toMatch(/huge\.txt: too large: \d+ bytes/);
    expect(failures).toMatch(/earlier\.txt: binary file/);
    expect(failures).toMatch(/missing\.txt: cannot read: ENOENT/);
    expect(run.stdout).toMatch(/files: 2 loaded, 6 failed/);

    const after = await dumpGraph(driver);
    const sources = after.nodes.map((n) => JSON.parse(n)).filter((n) => n.labels.includes('Article')).map((n) => basename(n.source));
    for (const good of samplePaths().map((p) => basename(p))) expect(sources).toContain(good);
    expect(sources).toContain('earlier.txt');
    // Every stored article and every fact it supported is still there.
    const ids = (dump: GraphDump) => dump.nodes.map((n) => JSON.parse(n).id as string);
    expect(ids(after)).toEqual(expect.arrayContaining(ids(stored)));
    expect(provenance(after)).toEqual(expect.arrayContaining(provenance(stored)));
  });

  it('is idempotent: stats --format json prints the same before and after ingesting the same files again', async () => {
    copySamples(dir);
    expect((await runKg(['ingest', dir])).code).toBe(0);
    const before = await runKg(['stats', '--format', 'json']);
    expect(before.code).toBe(0);
    const counts = JSON.parse(before.stdout);
    expect(Object.keys(counts.nodes)).toEqual(['Article', 'Person', 'Organization', 'District', 'Enterprise', 'Event']);
    expect(counts.nodes.Article).toBeGreaterThan(0);
    const dump = await dumpGraph(driver);

    const again = await runKg(['ingest', dir, '--format', 'json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 });
    // The summary says where the run's time went (src/ingest/timings.ts): its phases and its statements.
    const { timings } = JSON.parse(again.stdout);
    expect(timings.totalMs).toBeGreaterThanOrEqual(timings.readExtractLoadMs);
    expect(timings.readExtractLoadMs).toBeGreaterThanOrEqual(timings.loadMs);
    expect(timings.statements).toContainEqual(expect.objectContaining({ name: 'graph-lock-articles', count: 1 }));
    expect((await runKg(['stats', '--format', 'json'])).stdout).toBe(before.stdout);
    expect(await dumpGraph(driver)).toEqual(dump);
  });

  it('replaces a file whose text changed: its old articles go, what other files support stays', async () => {
    const [first] = copySamples(dir);
    expect((await runKg(['ingest', dir])).code).toBe(0);
    const both = await stats(driver);

    // The changed file now carries only its first half: fewer articles, new ids for what changed.
    const text = readFileSync(first!, 'utf8');
    writeFileSync(first!, text.slice(0, Math.floor(text.length / 2)));
    const run = await runKg(['ingest', first!, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).retracted.length).toBeGreaterThan(0);

    // The same graph as loading the changed file and the untouched one from scratch — except that
    // aliases only accumulate (they carry no provenance of their own), so a name seen only in the old
    // text may stay an alias.
    const replaced = await dumpGraph(driver);
    await resetGraph(driver);
    expect((await runKg(['ingest', dir])).code).toBe(0);
    const clean = await dumpGraph(driver);
    expect(withoutAliases(replaced)).toEqual(withoutAliases(clean));
    expect(provenance(replaced)).toEqual(provenance(clean));
    expect((await stats(driver)).nodes.Article).toBeLessThanOrEqual(both.nodes.Article);
  });

  it('reads stdin for -, and deletes an article by id', async () => {
    const text = readFileSync(samplePaths()[0]!);
    const run = await runKg(['ingest', '-', '--date', '2026-03-27', '--format', 'json'], { input: text });
    expect(run.code).toBe(0);
    const articles = (await dumpGraph(driver)).nodes.map((n) => JSON.parse(n)).filter((n) => n.labels.includes('Article'));
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((a) => a.source === '<stdin>')).toBe(true);

    const id = articles[0].id as string;
    const deleted = await runKg(['delete-article', id]);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toContain(`deleted ${id}`);
    const left = (await dumpGraph(driver)).nodes.map((n) => JSON.parse(n));
    expect(left.some((n) => n.id === id)).toBe(false);
    expect(left.some((n) => (n.articles ?? []).includes(id))).toBe(false);

    const unknown = await runKg(['delete-article', 'a:nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no article with id a:nope');
  });

  it('refuses bad options with the reason', async () => {
    const run = await runKg(['ingest', dir, '--date', '2026-02-30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--date must be a calendar date as YYYY-MM-DD, got "2026-02-30"');
    const stats = await runKg(['stats', '--format', 'xml']);
    expect(stats.code).toBe(2);
    expect(stats.stderr).toContain('--format must be json or table');
  });
});
