// The people and bodies an article names: who holds a seat on the article's day, and the Builder that
// records every mention for the gold (names, true identities, the posts the text states) as the text is
// written. Two people of one name never meet in one article: the gold keys a mention by article and name.
import { tenureAt } from './careers.ts';
import type { Rng } from './random.ts';
import type { District, Person, World } from './world.ts';
import type { DraftArticle } from './articles.ts';

/** An official on the article's day: the holder of a district's seat then, with the seat's posts. */
export interface Official {
  person: Person;
  titles: string[];
  district: District;
}

/** 区委副书记、区长 */
export const titled = (o: Official): string => o.titles.join('、');

export interface Ctx {
  rng: Rng;
  world: World;
  home: District;
  year: number;
  month: number;
  day: number;
  iso: string;
}

export function seatAt(ctx: Ctx, d: District, rank: number): Official {
  const seat = d.seats[rank];
  if (!seat) throw new Error(`${d.name} has no seat of rank ${rank}`);
  const tenure = tenureAt(seat, ctx.iso);
  return { person: tenure.person, titles: tenure.titles, district: d };
}

export class Builder {
  readonly mentions: DraftArticle['mentions'] = [];
  readonly positions: [string, string][] = [];
  readonly posts: { name: string; title: string; body: string }[] = [];
  /** Name → true id of everyone named so far: two people of one name never meet in one article. */
  readonly persons = new Map<string, string>();

  /** Whether naming `p` would put a namesake of someone already named into the article. */
  clashes(p: Person): boolean {
    const id = this.persons.get(p.name);
    return id !== undefined && id !== p.id;
  }

  /** Claims the official's name for the article as soon as they are chosen, before the text names them. */
  reserve(o: Official): Official {
    this.persons.set(o.person.name, o.person.id);
    return o;
  }

  reporter(p: Person): string {
    this.persons.set(p.name, p.id);
    this.mentions.push({ kind: 'Person', name: p.name });
    return p.name;
  }

  person(o: Official, withTitle: boolean, place?: District): string {
    const p = o.person;
    this.persons.set(p.name, p.id);
    this.mentions.push({ kind: 'Person', name: p.name });
    if (!withTitle || o.titles.length === 0) return p.name;
    for (const t of o.titles) {
      this.positions.push([p.name, t]);
      this.posts.push({ name: p.name, title: t, body: o.district.name });
    }
    // 寻乌县委书记蓝贤林: the place's name without its kind character, then the post that starts with it.
    const prefix = place && /^[区县市旗]/.test(o.titles[0] as string) ? place.name.slice(0, -1) : '';
    return `${prefix}${titled(o)}${p.name}`;
  }

  district(d: District, shortOk = false): string {
    if (shortOk && d.short) {
      this.mentions.push({ kind: 'District', name: d.name, alias: d.short });
      return d.short;
    }
    this.mentions.push({ kind: 'District', name: d.name });
    return d.name;
  }

  org(name: string, alias?: string): string {
    this.mentions.push({ kind: 'Organization', name, ...(alias ? { alias } : {}) });
    return name;
  }

  enterprise(name: string): string {
    this.mentions.push({ kind: 'Enterprise', name });
    return name;
  }
}

export function otherDistrict(ctx: Ctx): District {
  const { world, rng, home } = ctx;
  if (world.districts.length < 2) throw new Error('a pairing needs two districts');
  for (;;) {
    const d = world.districts[world.districtZipf.draw(rng)] as District;
    if (d !== home) return d;
  }
}

/** The official of the first of `ranks` whose name is free in the article (a namesake elsewhere is not). */
export function firstFree(ctx: Ctx, b: Builder, d: District, ranks: number[]): Official {
  for (const r of [...ranks, ...d.seats.keys()]) {
    const o = seatAt(ctx, d, r);
    if (!b.clashes(o.person)) return b.reserve(o);
  }
  throw new Error(`every official of ${d.name} shares a name with someone already in the article`);
}

/** Officials of a district by Zipf rank, skipping those already named in the article and their namesakes. */
export function officials(ctx: Ctx, b: Builder, d: District, k: number, exclude: Official[]): Official[] {
  const ranks = ctx.world.peopleZipf.drawDistinct(ctx.rng, k + exclude.length);
  const chosen: Official[] = [];
  for (const o of ranks.map((r) => seatAt(ctx, d, r))) {
    if (chosen.length < k && !exclude.some((x) => x.person === o.person) && !b.clashes(o.person)) chosen.push(b.reserve(o));
  }
  return chosen;
}
