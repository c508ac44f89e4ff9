// The identity decision, pure: one mention's context → the anchor that names its person (or body), and the
// graph id that follows from (type, name, anchor). Because the id is a function of the mention alone, two
// mentions are one node exactly when their anchors agree, whatever order or batch they arrive in, and
// concurrent ingests need no lock and no read of the graph to agree (docs/ARCHITECTURE.md, "Identity").
import { createHash } from 'node:crypto';
import type { Mention, Post } from './context.ts';

export interface Anchor {
  /** `place`: a district (坪山区); `body`: a body with no district (an enterprise's 首席执行官). */
  kind: 'place' | 'body';
  value: string;
  /** What decided it: a post the article states, or (a bare name) the article's home district. */
  basis: 'post' | 'home' | 'part-of';
}

export interface Assignment {
  mention: Mention;
  /** The graph id: the extraction's id when nothing anchors the mention (it stays apart from anchored ones). */
  id: string;
  anchor: Anchor | null;
}

// Bodies named by level alone (区委, 县政府, 市委宣传部): the same words in two districts are two bodies.
const LEVEL_BODY = /^(区|县|旗|镇|乡|街道|市)(委|人民政府|政府|人大|政协|纪委|监委|人民法院|人民检察院)/;

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The anchor of one mention; null when its context says nothing that places it. */
export function anchorOf(m: Mention): Anchor | null {
  if (m.type === 'Person') return personAnchor(m);
  if (m.type === 'Organization') return bodyAnchor(m);
  return null;
}

/**
 * A person: the county-level district of a post's body first (区长 of 坪山区 anchors at 坪山区), else a city's,
 * else a body without a place, else — a bare name — the article's home district. Several candidates of one
 * rank: the first in code-point order, so the choice does not depend on the order posts were listed in.
 */
function personAnchor(m: Mention): Anchor | null {
  const pick = (posts: Post[], value: (p: Post) => string | null): string | null =>
    posts.map(value).filter((v): v is string => v !== null).sort(byCode)[0] ?? null;
  const county = pick(m.posts.filter((p) => p.county), (p) => p.place);
  if (county) return { kind: 'place', value: county, basis: 'post' };
  const city = pick(m.posts, (p) => p.place);
  if (city) return { kind: 'place', value: city, basis: 'post' };
  const body = pick(m.posts, (p) => p.body);
  if (body) return { kind: 'body', value: body, basis: 'post' };
  if (m.home) return { kind: 'place', value: m.home, basis: 'home' };
  return null;
}

/** A body named by level alone takes its district (what the article says it is part of, else the article's home). */
function bodyAnchor(m: Mention): Anchor | null {
  const level = LEVEL_BODY.exec(m.name);
  if (!level) return null;
  if (m.partOf) return { kind: 'place', value: m.partOf, basis: 'part-of' };
  const city = level[1] === '市';
  const place = city ? (m.homeCity ?? m.home) : m.home;
  return place ? { kind: 'place', value: place, basis: 'home' } : null;
}

/**
 * The graph id of an anchored name: the extraction id's prefix and a hash of type, name and anchor. `hashes`:
 * the hashes already made in this decision (one name's anchor recurs in thousands of a chunk's articles — a
 * district's leaders — and hashing each took a third of the decision's time on a 6,758-article chunk).
 */
export function anchoredId(m: Pick<Mention, 'entity' | 'type' | 'name'>, anchor: Anchor | null, hashes = new Map<string, string>()): string {
  if (!anchor) return m.entity;
  const prefix = m.entity.includes(':') ? m.entity.slice(0, m.entity.indexOf(':')) : m.type[0]!.toLowerCase();
  const key = `${m.type}|${m.name}|${anchor.kind}:${anchor.value}`;
  let hash = hashes.get(key);
  if (hash === undefined) {
    hash = createHash('sha256').update(key).digest('hex').slice(0, 16);
    hashes.set(key, hash);
  }
  return `${prefix}:${hash}`;
}

/**
 * Assignments for every mention, in the mentions' order (each depends on its own mention only). The hashes
 * live for one call (one chunk), not for the run: kept for the run, they grew with the corpus (up to 200k).
 */
export function decideIdentities(mentions: Mention[]): Assignment[] {
  const hashes = new Map<string, string>();
  return mentions.map((mention) => {
    const anchor = anchorOf(mention);
    return { mention, id: anchoredId(mention, anchor, hashes), anchor };
  });
}
