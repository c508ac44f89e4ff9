// What one article says around each name: the places of the bodies its posts are in, the article's home
// district and its date. Read from that article's own records only, never from other articles
// of the same extraction: a file ingested alone or in a batch of thousands then gives the same contexts, which
// is what keeps identity independent of batching and order (docs/ARCHITECTURE.md, "Identity").
import type { EntityRecord, Extraction } from '../extract/format.ts';

export interface Post {
  title: string;
  /** The body's name as extracted (龙岗区商务局, 龙岗区, 德国莱茵TUV集团). */
  body: string;
  /** The district the body belongs to (itself for a district), or null when the article does not say. */
  place: string | null;
  /** Whether `place` is county-level (区, 县, 旗, or a 市 that is part of another district). */
  county: boolean;
}

/** One name in one article, with its context. */
export interface Mention {
  article: string;
  /** The extraction's id of the entity (per extraction, not per person). */
  entity: string;
  type: EntityRecord['type'];
  name: string;
  posts: Post[];
  /** The article's home district (county-level when it names one), or null. */
  home: string | null;
  /** The city above `home` when the article says (a PART_OF), else null. */
  homeCity: string | null;
  date: string | null;
  /** Organizations: the district this article says the body is part of, or null. */
  partOf: string | null;
}

interface ArticleFacts {
  districts: Set<string>;
  /** The article's title and its events' names: where a district paper names its own district first. */
  headline: string;
  partOf: Map<string, string>;
  heldIn: Map<string, number>;
  posts: Map<string, { title: string; body: string }[]>;
}

/** Districts whose name says they are county-level; a 市 is county-level only when part of another district. */
export function isCountyName(name: string): boolean {
  return /[区县旗]$/.test(name);
}

/** Every Person and Organization mention of the extraction with its article's context, in input order. */
export function mentionsOf(extraction: Extraction): Mention[] {
  const byId = new Map(extraction.entities.map((e) => [e.id, e]));
  const facts = new Map<string, ArticleFacts>();
  const factsOf = (article: string): ArticleFacts => {
    let f = facts.get(article);
    if (!f) {
      f = { districts: new Set(), headline: '', partOf: new Map(), heldIn: new Map(), posts: new Map() };
      facts.set(article, f);
    }
    return f;
  };
  for (const a of extraction.articles) factsOf(a.id).headline = a.title ?? '';
  for (const e of extraction.entities) {
    if (e.type === 'District') for (const a of e.articles) factsOf(a).districts.add(e.name);
    if (e.type === 'Event') for (const a of e.articles) factsOf(a).headline += `\n${e.name}`;
  }
  for (const r of extraction.relations) {
    const f = factsOf(r.article);
    const to = byId.get(r.to);
    if (r.type === 'PART_OF' && to?.type === 'District') f.partOf.set(r.from, to.name);
    else if (r.type === 'HELD_IN' && to) f.heldIn.set(to.name, (f.heldIn.get(to.name) ?? 0) + 1);
    else if (r.type === 'HOLDS_POSITION' && to) {
      const list = f.posts.get(r.from) ?? [];
      list.push({ title: r.title ?? '', body: r.to });
      f.posts.set(r.from, list);
    }
  }
  const dates = new Map(extraction.articles.map((a) => [a.id, a.date]));
  const homes = new Map<string, { home: string | null; homeCity: string | null }>();
  const homeOf = (article: string) => {
    let h = homes.get(article);
    if (!h) {
      h = homeDistrict(factsOf(article), byId);
      homes.set(article, h);
    }
    return h;
  };

  // An entity is mentioned where it is listed and wherever a relation it is an end of is stated.
  const statedIn = new Map<string, Set<string>>();
  for (const r of extraction.relations) {
    for (const id of [r.from, r.to]) {
      const set = statedIn.get(id) ?? new Set<string>();
      set.add(r.article);
      statedIn.set(id, set);
    }
  }
  const out: Mention[] = [];
  for (const e of extraction.entities) {
    if (e.type !== 'Person' && e.type !== 'Organization') continue;
    for (const article of new Set([...e.articles, ...(statedIn.get(e.id) ?? [])])) {
      const f = factsOf(article);
      const posts = (f.posts.get(e.id) ?? []).map(({ title, body }) => postOf(title, body, f, byId));
      out.push({
        article, entity: e.id, type: e.type, name: e.name, posts, ...homeOf(article),
        date: dates.get(article) ?? null, partOf: f.partOf.get(e.id) ?? null,
      });
    }
  }
  return out;
}

function postOf(title: string, bodyId: string, f: ArticleFacts, byId: Map<string, EntityRecord>): Post {
  const body = byId.get(bodyId)!;
  const place = placeOfBody(body, f);
  return { title, body: body.name, place, county: place !== null && isCounty(place, f, byId) };
}

/** The district a body belongs to: itself, its PART_OF in this article, else the longest district of this article its name starts with. */
function placeOfBody(body: EntityRecord, f: ArticleFacts): string | null {
  if (body.type === 'District') return body.name;
  const parent = f.partOf.get(body.id);
  if (parent) return parent;
  let best: string | null = null;
  for (const d of f.districts) if (body.name.startsWith(d) && body.name !== d && (!best || d.length > best.length)) best = d;
  return best;
}

function isCounty(place: string, f: ArticleFacts, byId: Map<string, EntityRecord>): boolean {
  if (isCountyName(place)) return true;
  for (const [child, parent] of f.partOf) if (byId.get(child)?.name === place && byId.get(child)?.type === 'District' && parent !== place) return true;
  return false;
}

/**
 * Where the article is at home: the county-level district most of its events are held in, else the county-level
 * district its title (or an event's name) names first, else the one it names at all, else the district its
 * events are held in, else the one district it names. Ties go to code-point order, so the answer is a function
 * of the article alone.
 */
/** The name found earliest in the text, by its full form or its form without 区/县 (广阳 for 广阳区). */
function firstIn(text: string, names: string[]): string | null {
  let best: string | null = null;
  let at = Infinity;
  for (const name of names) {
    const forms = name.length >= 3 ? [name, name.slice(0, -1)] : [name];
    const i = Math.min(...forms.map((n) => text.indexOf(n)).filter((x) => x >= 0));
    if (i < at) [best, at] = [name, i];
  }
  return best;
}

function homeDistrict(f: ArticleFacts, byId: Map<string, EntityRecord>): { home: string | null; homeCity: string | null } {
  const ranked = [...f.heldIn].sort((a, b) => {
    const ca = isCounty(a[0], f, byId) ? 1 : 0;
    const cb = isCounty(b[0], f, byId) ? 1 : 0;
    return cb - ca || b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  });
  let home: string | null = ranked[0]?.[0] ?? null;
  if (home && !isCounty(home, f, byId)) home = null;
  const counties = [...f.districts].filter((d) => isCounty(d, f, byId)).sort();
  if (!home) home = firstIn(f.headline, counties);
  if (!home && counties.length === 1) home = counties[0]!;
  if (!home) home = ranked[0]?.[0] ?? (f.districts.size === 1 ? [...f.districts][0]! : null);
  let homeCity: string | null = null;
  if (home) {
    for (const [child, parent] of f.partOf) if (byId.get(child)?.name === home && byId.get(child)?.type === 'District') homeCity = parent;
  }
  return { home, homeCity };
}
