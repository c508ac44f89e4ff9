import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/extract/format.ts';
import { extractDocuments, extractDocumentsParallel } from '../../src/extract/index.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';

const shared = resolve('../shared');
const seedsDir = join(shared, 'seeds');
const seedFiles = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort() : [];
const seeds = () => seedFiles.map((f) => ({ source: f, text: readFileSync(join(seedsDir, f), 'utf8') }));
// The scorer lives beside the repo (../shared/eval); a clone elsewhere skips what needs it, as with the seeds.
const scorer = join(shared, 'eval', 'score.mjs');

beforeAll(() => void wordBoundaries('预热'), 60_000);

/** Scores an extraction with the shared score.mjs; returns its overall F1. */
function overallF1(gold: string, sources: string, pred: unknown): number {
  const out = join(mkdtempSync(join(tmpdir(), 'kg-score-')), 'pred.json');
  writeFileSync(out, JSON.stringify(pred));
  const run = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', out, '--sources', sources], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return Number(/overall F1 ([\d.]+)/.exec(run.stdout)?.[1]);
}

describe.skipIf(seedFiles.length === 0)('pipeline on the seeds', () => {
  it('scores at least 0.95 overall F1 against the seed gold', () => {
    expect(overallF1(join(shared, 'eval', 'seeds.gold.json'), seedsDir, extractDocuments(seeds()))).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  it('writes the format: typed entities, known relation types, spans inside the source, evidence on every relation', () => {
    const docs = seeds();
    const x = extractDocuments(docs);
    expect(x.articles.length).toBe(6);
    for (const a of x.articles) {
      const text = docs.find((d) => d.source === a.source)!.text;
      expect(a.span[0]).toBeGreaterThanOrEqual(0);
      expect(a.span[1]).toBeLessThanOrEqual(text.length);
      expect(a.date === null || /^\d{4}-\d{2}-\d{2}$/.test(a.date)).toBe(true);
    }
    const ids = new Set(x.entities.map((e) => e.id));
    expect(ids.size).toBe(x.entities.length);
    for (const e of x.entities) expect(ENTITY_TYPES).toContain(e.type);
    for (const r of x.relations) {
      expect(RELATION_TYPES).toContain(r.type);
      expect(ids.has(r.from)).toBe(true);
      expect(r.type === 'REPORTED' ? x.articles.some((a) => a.id === r.to) : ids.has(r.to)).toBe(true);
      expect(r.evidence).not.toBe('');
      expect(r.type === 'HOLDS_POSITION').toBe(typeof r.title === 'string');
    }
  });

  it('gives the same ids on every run, and the same result in worker threads', async () => {
    const a = extractDocuments(seeds());
    const b = extractDocuments(seeds());
    expect(b).toEqual(a);
    expect(await extractDocumentsParallel(seeds(), 2)).toEqual(a);
    // One worker extracts and merges the whole input itself.
    expect(await extractDocumentsParallel(seeds(), 1)).toEqual(a);
  }, 120_000);
});

describe.skipIf(!existsSync(scorer))('pipeline on the own gold fixture (needs ../shared/eval/score.mjs)', () => {
  it('scores at least 0.9 overall F1 (traditional script, column byline, dateline)', () => {
    const dir = resolve('tests/fixtures/extract');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    const x = extractDocuments(files.map((f) => ({ source: f, text: readFileSync(join(dir, f), 'utf8') })));
    expect(overallF1(join(dir, 'extract.gold.json'), dir, x)).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
