// Namesakes as the issue states them: at least one official in 20 shares the full name with an official of
// another district, the commonest names recur in 10+ districts, and some namesakes are in one city or next door.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/synth/corpus.ts';
import { buildWorld, type District, type Person, type World } from '../../src/synth/world.ts';

const districtsOf = (p: Person): Set<number> => new Set(p.tenures.flatMap((t) => (t.district === null ? [] : [t.district])));

/** Officials (anyone who held a district seat) grouped by name. */
function officialsByName(world: World, only?: Set<string>): Map<string, Person[]> {
  const byName = new Map<string, Person[]>();
  for (const p of world.people) {
    if (districtsOf(p).size === 0 || (only && !only.has(p.id))) continue;
    byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  }
  return byName;
}

/** Pairs of districts where two different officials share a name. */
function namesakeDistrictPairs(world: World, byName: Map<string, Person[]>): [District, District][] {
  const pairs: [District, District][] = [];
  for (const people of byName.values()) {
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        for (const a of districtsOf(people[i] as Person)) {
          for (const b of districtsOf(people[j] as Person)) pairs.push([world.districts[a] as District, world.districts[b] as District]);
        }
      }
    }
  }
  return pairs;
}

describe('kg synth namesakes', () => {
  it('at 10k articles: ≥ 1 mentioned official in 20 shares the full name with a mentioned official of another district', () => {
    const opts = { articles: 10_000, seed: '1' };
    const world = buildWorld(opts.seed, opts.articles);
    const mentioned = new Set<string>();
    for (const f of generateCorpus(opts, undefined, world)) for (const a of f.articles) for (const p of a.gold.persons) mentioned.add(p.id);
    const byName = officialsByName(world, mentioned);
    const officials = [...byName.values()].flat();
    const withNamesake = officials.filter((p) => (byName.get(p.name) as Person[]).length > 1);
    // Within a district a name is never reused, so a second official of the name is in another district.
    for (const p of withNamesake) {
      for (const q of byName.get(p.name) as Person[]) if (q !== p) expect([...districtsOf(p)].some((d) => districtsOf(q).has(d))).toBe(false);
    }
    expect(officials.length).toBeGreaterThan(500);
    expect(withNamesake.length / officials.length).toBeGreaterThanOrEqual(1 / 20);
  }, 30_000);

  it('at 100k articles: the commonest names recur in 10 or more districts, and namesakes fall in one city and next door', () => {
    const world = buildWorld('1', 100_000);
    const byName = officialsByName(world);
    const officials = [...byName.values()].flat();
    const shared = officials.filter((p) => (byName.get(p.name) as Person[]).length > 1);
    expect(shared.length / officials.length).toBeGreaterThanOrEqual(1 / 20);
    const spread = [...byName].map(([name, people]) => [name, new Set(people.flatMap((p) => [...districtsOf(p)])).size] as const);
    const top = spread.sort((a, b) => b[1] - a[1]).slice(0, 3);
    for (const [name, districts] of top) expect(districts, name).toBeGreaterThanOrEqual(10);
    const pairs = namesakeDistrictPairs(world, byName);
    const sameCity = pairs.filter(([a, b]) => a !== b && a.city === b.city);
    // Neighbours: one city, adjacent division codes (the division list orders a city's districts by place).
    const nextDoor = sameCity.filter(([a, b]) => Math.abs(Number(a.code) - Number(b.code)) <= 2);
    expect(sameCity.length).toBeGreaterThanOrEqual(20);
    expect(nextDoor.length).toBeGreaterThanOrEqual(5);
  }, 30_000);

  it('never puts two people of one name into one article, nor a person named like a place', () => {
    const world = buildWorld('names', 3000);
    const places = new Set(world.districts.flatMap((d) => [d.name, d.name.slice(0, -1), d.city, d.cityShort]));
    for (const p of world.people) expect(places.has(p.name), p.name).toBe(false);
    let articles = 0;
    for (const f of generateCorpus({ articles: 3000, seed: 'names' }, undefined, world)) {
      for (const { gold } of f.articles) {
        const names = gold.persons.map((p) => p.name);
        expect(new Set(names).size, gold.key).toBe(names.length);
        for (const ev of gold.events) expect(new Set(ev.attendees).size, `${gold.key} attendees`).toBe(ev.attendees.length);
        articles++;
      }
    }
    expect(articles).toBe(3000);
  }, 30_000);
});
