// Careers over 2021–2026 and the identity gold built on them: every seat has one holder a day, articles name
// the holder of their day, and the gold extraction knows names only (its person ids are p:<name>).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STORY_END, type Tenure } from '../../src/synth/careers.ts';
import { generateCorpus, writeCorpus } from '../../src/synth/corpus.ts';
import { GoldExtractor } from '../../src/synth/gold-extraction.ts';
import { identityMentions, peopleOf, positionTriples } from '../../src/synth/identity-gold.ts';
import { buildWorld } from '../../src/synth/world.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kg-synth-careers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const inDistrict = (t: Tenure) => t.district !== null;

describe('kg synth careers', () => {
  const world = buildWorld('careers', 10_000);

  it('gives every seat one holder a day: tenures follow each other without gap or overlap', () => {
    for (const d of world.districts) {
      for (const seat of d.seats) {
        expect(seat.length).toBeGreaterThan(0);
        for (let i = 1; i < seat.length; i++) expect(seat[i - 1]?.to, `${d.name} ${seat[i]?.titles.join('、')}`).toBe(seat[i]?.from);
        expect(seat.at(-1)?.to).toBeNull();
      }
    }
    for (const p of world.people) {
      for (let i = 1; i < p.tenures.length; i++) expect(p.tenures[i - 1]?.to, p.id).toBe(p.tenures[i]?.from);
    }
  });

  it('promotes within a district, transfers to other districts and the city, and seats successors', () => {
    const promoted = world.people.filter((p) => {
      const ts = p.tenures.filter(inDistrict);
      return ts.some((t, i) => i > 0 && t.district === ts[i - 1]?.district && t.rank < (ts[i - 1] as Tenure).rank);
    });
    const transferred = world.people.filter((p) => new Set(p.tenures.filter(inDistrict).map((t) => t.district)).size > 1);
    const toCity = world.people.filter((p) => p.tenures.some((t) => t.district === null));
    const secretaries = world.districts.filter((d) => (d.seats[0] ?? []).length > 1);
    expect(promoted.length).toBeGreaterThanOrEqual(50);
    expect(transferred.length).toBeGreaterThanOrEqual(20);
    expect(toCity.length).toBeGreaterThanOrEqual(20);
    // A single-seat post (书记) passes to a successor in most districts over six years.
    expect(secretaries.length).toBeGreaterThanOrEqual(world.districts.length / 3);
    // Transfers stay in the city half the time: some go next door.
    expect(transferred.filter((p) => {
      const ds = [...new Set(p.tenures.filter(inDistrict).map((t) => t.district as number))].map((i) => world.districts[i]);
      return ds.some((d) => d?.city !== ds[0]?.city) === false;
    }).length).toBeGreaterThan(0);
  });

  it('names the holder of the article day, with the titles of that seat', () => {
    const people = new Map(world.people.map((p) => [p.id, p]));
    let posts = 0;
    for (const f of generateCorpus({ articles: 5000, seed: 'careers' }, undefined, world)) {
      for (const { gold } of f.articles) {
        const idOf = new Map(gold.persons.map((p) => [p.name, p.id]));
        for (const post of gold.posts) {
          const person = people.get(idOf.get(post.name) as string);
          const held = person?.tenures.find((t) => t.body === post.body && t.titles.includes(post.title) && t.from <= gold.date && (t.to === null || gold.date < t.to));
          expect(held, `${gold.key}: ${post.name} ${post.body}${post.title} on ${gold.date}`).toBeDefined();
          posts++;
        }
      }
    }
    expect(posts).toBeGreaterThan(5000);
  }, 30_000);

  it('keeps true identities out of the gold extraction: person ids come from names, posts are stated', () => {
    const opts = { articles: 300, seed: 'ids' };
    const out = join(scratch, 'ids');
    const { goldPath } = writeCorpus({ ...opts, out });
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { entities: { type: 'Person'; name: string }[] };
    const gx = new GoldExtractor(gold.entities);
    let holds = 0;
    for (const f of generateCorpus(opts)) {
      const x = gx.file(f);
      for (const e of x.entities.filter((e) => e.type === 'Person')) {
        expect(e.id).toBe(`p:${e.name}`);
        expect(JSON.stringify(e)).not.toMatch(/P\d{6}/);
      }
      for (const r of x.relations.filter((r) => r.type === 'HOLDS_POSITION')) {
        expect(r.title).toBeTruthy();
        expect(r.to).toMatch(/^d:/);
        holds++;
      }
    }
    expect(holds).toBeGreaterThan(100);
    // The written gold and the in-memory corpus give the same identity gold.
    expect(identityMentions(out)).toEqual(identityMentions(opts));
    expect(peopleOf(goldPath)).toEqual(peopleOf(opts));
  });

  it('samples (body, title, day) triples with their true holders, the same for the same seed', () => {
    const opts = { articles: 2000, seed: 'triples' };
    const triples = positionTriples(opts, 300);
    expect(triples).toEqual(positionTriples(opts, 300));
    expect(positionTriples(opts, 300, 'other')).not.toEqual(triples);
    const people = new Map(peopleOf(opts).map((p) => [p.id, p]));
    for (const t of triples) {
      expect(t.at >= '2021-01-01' && t.at <= STORY_END).toBe(true);
      expect(t.holderTrueIds.length, `${t.body} ${t.title} ${t.at}`).toBeGreaterThan(0);
      if (/^[区县市旗]委书记$|^[区县市旗]长$/.test(t.title)) expect(t.holderTrueIds).toHaveLength(1);
      for (const id of t.holderTrueIds) {
        const post = people.get(id)?.posts.find((p) => p.body === t.body && p.title === t.title && p.from <= t.at && (p.to === null || t.at < p.to));
        expect(post).toBeDefined();
      }
    }
    // Successions show: some single-seat posts have different holders on different sampled days.
    const heads = new Map<string, Set<string>>();
    for (const t of triples.filter((t) => /委书记$/.test(t.title))) heads.set(t.body, new Set([...(heads.get(t.body) ?? []), ...t.holderTrueIds]));
    expect([...heads.values()].some((s) => s.size > 1)).toBe(true);
  });
});
