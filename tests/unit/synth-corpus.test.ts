import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GoldArticle } from '../../src/synth/articles.ts';
import { generateCorpus, writeCorpus, type GoldEntity } from '../../src/synth/corpus.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kg-synth-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const flat = (s: string) => s.replace(/\s+/g, '');

function readTree(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('kg synth', () => {
  it('writes byte-identical output for the same size and seed, and different output for another seed', () => {
    const a = writeCorpus({ articles: 120, seed: 'x', out: join(scratch, 'a') });
    const b = writeCorpus({ articles: 120, seed: 'x', out: join(scratch, 'b') });
    const c = writeCorpus({ articles: 120, seed: 'y', out: join(scratch, 'c') });
    expect(a.articles).toBe(120);
    expect(readTree(join(scratch, 'a'))).toEqual(readTree(join(scratch, 'b')));
    expect(readFileSync(a.goldPath, 'utf8')).toBe(readFileSync(b.goldPath, 'utf8'));
    expect(readFileSync(c.goldPath, 'utf8')).not.toBe(readFileSync(a.goldPath, 'utf8'));
  });

  it('states every gold fact in its own article, and the anchor finds that article', () => {
    const out = join(scratch, 'consistent');
    const { goldPath } = writeCorpus({ articles: 400, seed: 'facts', out });
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { articles: GoldArticle[]; entities: GoldEntity[] };
    const known = new Set(gold.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]));
    let checked = 0;
    for (const file of generateCorpus({ articles: 400, seed: 'facts' })) {
      expect(readFileSync(join(out, file.name), 'utf8')).toBe(file.text);
      for (const { gold: g, span } of file.articles) {
        const at = file.text.indexOf(g.anchor);
        expect(at, g.key).toBeGreaterThanOrEqual(span[0]);
        expect(at, g.key).toBeLessThan(span[1]);
        expect(file.text.indexOf(g.anchor, at + 1), `anchor of ${g.key} is unique`).toBe(-1);
        const text = flat(file.text.slice(span[0], span[1]));
        const names = [
          ...g.reporters,
          ...g.events.flatMap((e) => [...e.attendees, ...e.chairs, ...e.signatories, ...e.attendingOrgs]),
          ...g.positions.flat(),
          ...g.pairings.flat(),
        ];
        for (const name of names) expect(text, `${name} in ${g.key}`).toContain(name);
        for (const name of names.filter((n) => !g.positions.some(([, t]) => t === n))) expect(known, name).toContain(name);
        const [, month, day] = g.date.split('-').map(Number);
        expect(text).toContain(`${month}月${day}日`);
        checked++;
      }
    }
    expect(checked).toBe(400);
  });

  // The scorer lives beside the repo (../shared/eval); a clone elsewhere skips this, as with the seeds.
  const scorer = new URL('../../../shared/eval/score.mjs', import.meta.url).pathname;
  it.skipIf(!existsSync(scorer))('gives a perfect score to a prediction that equals the gold (score.mjs can read it)', () => {
    const out = join(scratch, 'scored');
    const { goldPath } = writeCorpus({ articles: 150, seed: 'score', out });
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { articles: GoldArticle[]; entities: GoldEntity[] };
    const spans = new Map<string, [number, number]>();
    for (const f of generateCorpus({ articles: 150, seed: 'score' })) for (const a of f.articles) spans.set(a.gold.key, a.span);
    const idOf = new Map(gold.entities.map((e, i) => [e.name, `x:${i}`]));
    const entities: object[] = gold.entities.map((e) => ({ id: idOf.get(e.name), type: e.type, name: e.name, aliases: e.aliases ?? [], articles: [] }));
    const relations: object[] = [];
    const rel = (type: string, from: string, to: string, article: string, extra: object = {}) =>
      relations.push({ type, from: idOf.get(from) ?? from, to: idOf.get(to) ?? to, article, evidence: '', ...extra });
    for (const a of gold.articles) {
      for (const r of a.reporters) rel('REPORTED', r, a.key, a.key);
      a.events.forEach((ev, i) => {
        const id = `ev:${a.key}:${i}`;
        entities.push({ id, type: 'Event', name: ev.name, aliases: [], articles: [a.key], date: ev.date, kind: ev.kind });
        for (const p of ev.attendees) rel('ATTENDED', p, id, a.key);
        for (const p of ev.chairs) rel('CHAIRED', p, id, a.key);
        for (const o of ev.attendingOrgs) rel('ATTENDED', o, id, a.key);
        for (const s of ev.signatories) rel('SIGNED', s, id, a.key);
      });
      for (const [p, title] of a.positions) rel('HOLDS_POSITION', p, p, a.key, { title });
      for (const [x, y] of a.pairings) rel('PAIRED_WITH', x, y, a.key);
    }
    const articles = gold.articles.map((a) => ({ id: a.key, source: a.source, span: spans.get(a.key), title: a.title, date: a.date }));
    const predPath = join(scratch, 'pred.json');
    writeFileSync(predPath, JSON.stringify({ articles, entities, relations }));
    const report = execFileSync('node', [scorer, '--gold', goldPath, '--pred', predPath, '--sources', out], { encoding: 'utf8' });
    expect(report.trim().split('\n').at(-1)).toBe('overall F1 1.000');
  });

  it('is Zipf-skewed: a few people attend hundreds of events, most attend a handful', () => {
    const attended = new Map<string, number>();
    for (const f of generateCorpus({ articles: 2000, seed: 'zipf' })) {
      for (const { gold } of f.articles) {
        for (const ev of gold.events) for (const p of ev.attendees) attended.set(p, (attended.get(p) ?? 0) + 1);
      }
    }
    const counts = [...attended.values()].sort((x, y) => y - x);
    const median = counts[Math.floor(counts.length / 2)] as number;
    expect(counts[0]).toBeGreaterThanOrEqual(200);
    expect(counts[0]).toBeGreaterThanOrEqual(20 * median);
    // The head is a few people, not everyone: the tenth busiest attends far fewer events than the first.
    expect(counts[9]).toBeLessThan((counts[0] as number) / 2);
  });
});
