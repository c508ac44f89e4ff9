// Gold for the real corpus kept in the repo as a "pack": every string the gold took from an article is replaced by a
// reference into the source file (offsets into its decoded text), so the repo holds offsets, never the public pages'
// text. Unpacking against the same files gives the gold back; a changed file is refused by its sha256.
import { createHash } from 'node:crypto';
import { decodeBytes } from '../extract/decode.ts';
import { toSimplified } from '../extract/normalize.ts';

export const PACK_FORMAT = 'kg-gold-pack/1';
export type PackRole = 'tuning' | 'held-back';

/** [start, end) in the decoded text of source `src`, or in its traditional-to-simplified view (`view: 't2s'`). */
export interface Span {
  src: number;
  at: [number, number];
  view?: 't2s';
}
/**
 * A packed string: a span, a string put together from spans (and characters with no letter in them, such as `·`),
 * the name of entity N of the gold, or a literal kept as it is (a generic term found nowhere in the sources).
 */
export type Ref = Span | { pieces: (Span | string)[] } | { entity: number } | string;

export interface Pack {
  format: typeof PACK_FORMAT;
  set: string;
  role: PackRole;
  sources: { file: string; sha256: string }[];
  /** How many strings were kept literally (none is a person's name: the packer refuses those). */
  literals: number;
  /** sha256 of the unpacked gold's JSON: unpacking checks it (a change of decoding or of the t2s conversion shows). */
  goldSha256?: string;
  gold: Record<string, unknown>;
}

/** A gold file as score.mjs reads it; other fields are carried as they are. */
export interface Gold {
  entities: { name: string; type?: string; aliases?: string[]; articles?: string[]; [field: string]: unknown }[];
  optional?: { name: string }[];
  articles: { key: string; source: string; title?: string | null; events: { name?: string; [field: string]: unknown }[]; [field: string]: unknown }[];
  [field: string]: unknown;
}

export class PackError extends Error {}

/** Fields that name no text of the article (ids, keys, file names, ISO dates, enums): kept as they are. */
const STRUCTURAL = new Set(['id', 'key', 'source', 'date', 'kind', 'type', 'version']);

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');
/** JSON with every object's keys sorted: two golds compare equal whatever order their fields were written in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

/** The gold as a pack keeps it: no `about`, no headlines, events named by number (none of these is scored). */
export function unscoredDropped(gold: Gold): Gold {
  const { about: _about, ...rest } = gold;
  return { ...rest, articles: gold.articles.map((a) => ({ ...a, title: null, events: a.events.map((ev, k) => ({ ...ev, name: `event ${k + 1}` })) })) };
}

interface Views {
  text: string;
  t2s: string;
}
function views(file: string, bytes: Uint8Array): Views {
  const { text } = decodeBytes(file, bytes);
  return { text, t2s: toSimplified(text) };
}

/** Where a string is in the sources, searched in `order` (the files of its article first): a span, or null. */
function findSpan(s: string, all: Views[], order: number[]): Span | null {
  for (const src of order) {
    const v = all[src];
    if (!v) continue;
    const at = v.text.indexOf(s);
    if (at >= 0) return { src, at: [at, at + s.length] };
    const t = v.t2s.indexOf(s);
    if (t >= 0) return { src, at: [t, t + s.length], view: 't2s' };
  }
  return null;
}

/**
 * The string as the fewest longest pieces found in the sources (greedy, longest first). A character found nowhere
 * stays literal if it has no letter (a middle dot) or is the string's one such letter (a variant glyph the views do
 * not fold, 陜 for 陕); null otherwise.
 */
function findPieces(s: string, all: Views[], order: number[]): (Span | string)[] | null {
  const pieces: (Span | string)[] = [];
  let literalLetters = 0;
  let p = 0;
  while (p < s.length) {
    let found: Span | null = null;
    for (let end = s.length; end > p && !found; end--) found = findSpan(s.slice(p, end), all, order);
    if (found) {
      pieces.push(found);
      p += found.at[1] - found.at[0];
      continue;
    }
    const ch = String.fromCodePoint(s.codePointAt(p) ?? 0);
    if (/\p{L}/u.test(ch) && ++literalLetters > 1) return null;
    const last = pieces.at(-1);
    if (typeof last === 'string') pieces[pieces.length - 1] = last + ch;
    else pieces.push(ch);
    p += ch.length;
  }
  return pieces;
}

export interface PackOptions {
  set: string;
  role: PackRole;
}
export interface PackResult {
  pack: Pack;
  /** The strings kept literally, whole or as pieces with no letter: for a human to check that none is page text. */
  literals: string[];
}

/**
 * Packs `gold` against `sources` (file name → bytes, every file its articles name). Throws PackError when a source is
 * missing or a person's name (or a piece of it) is found nowhere in the sources.
 */
export function packGold(gold: Gold, sources: Map<string, Uint8Array>, opts: PackOptions): PackResult {
  const files = [...new Set(gold.articles.map((a) => a.source))];
  const all = files.map((file) => {
    const bytes = sources.get(file);
    if (!bytes) throw new PackError(`source ${file} of the gold is not in the sources folder`);
    return views(file, bytes);
  });
  const index = new Map(files.map((f, i) => [f, i]));
  const keyFile = new Map(gold.articles.map((a) => [a.key, index.get(a.source) ?? 0]));
  const entityIndex = new Map<string, number>();
  gold.entities.forEach((e, i) => (entityIndex.has(e.name) ? null : entityIndex.set(e.name, i)));
  const persons = new Set(gold.entities.filter((e) => e.type === 'Person').flatMap((e) => [e.name, ...(e.aliases ?? [])]));
  const literals: string[] = [];
  const everyFile = files.map((_, i) => i);

  const ref = (s: string, first: number[], byEntity: boolean, where: string): Ref => {
    const entity = byEntity ? entityIndex.get(s) : undefined;
    if (entity !== undefined) return { entity };
    const order = [...new Set([...first, ...everyFile])];
    const span = findSpan(s, all, order);
    if (span) return span;
    const pieces = findPieces(s, all, order);
    if (pieces && pieces.some((p) => typeof p !== 'string')) {
      literals.push(...pieces.filter((p): p is string => typeof p === 'string'));
      return { pieces };
    }
    // Named by place, not quoted: the packer's messages may come from a held-back gold, whose names stay unseen.
    if (persons.has(s)) throw new PackError(`a person's name (${where}) is nowhere in the sources, not even in pieces`);
    literals.push(s);
    return s;
  };
  // Every string of the tree but structural fields becomes a ref; `byEntity`: outside the entity list, a string that
  // is an entity's name is stored as that entity's number (the article's people and bodies are entity names).
  const walk = (value: unknown, first: number[], byEntity: boolean, where: string): unknown => {
    if (typeof value === 'string') return ref(value, first, byEntity, where);
    if (Array.isArray(value)) return value.map((v) => walk(v, first, byEntity, where));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, STRUCTURAL.has(k) ? v : walk(v, first, byEntity, where)]));
    }
    return value;
  };

  const entities = gold.entities.map(({ articles, ...e }, i) => {
    const first = (articles ?? []).map((k) => keyFile.get(k) ?? 0);
    return { ...(walk(e, first, false, `entity ${i}`) as object), ...(articles ? { articles } : {}) };
  });
  const optional = (gold.optional ?? []).map((o, i) => walk(o, [], false, `optional ${i}`));
  const articles = gold.articles.map((a) => {
    const src = index.get(a.source) ?? 0;
    // The headline and the events' names are not scored: dropped rather than kept as text.
    const events = a.events.map(({ name: _name, ...ev }) => ev);
    const packed = walk({ ...a, title: null, events }, [src], true, `article ${a.key}`) as { events: object[] };
    return { ...packed, events: packed.events.map((ev, k) => ({ ...ev, name: `event ${k + 1}` })) };
  });
  const { about: _about, entities: _e, optional: _o, articles: _a, ...rest } = gold;
  const top = walk(rest, [], false, 'top level') as object;
  const pack: Pack = {
    format: PACK_FORMAT,
    set: opts.set,
    role: opts.role,
    sources: files.map((file) => ({ file, sha256: sha256(sources.get(file) ?? new Uint8Array()) })),
    literals: literals.length,
    gold: { ...top, entities, ...(gold.optional ? { optional } : {}), articles },
  };
  // The pack must give the gold back exactly; its hash then guards later unpacking against a changed conversion.
  const back = unpackGold(pack, (file) => sources.get(file));
  if (canonical(back) !== canonical(unscoredDropped(gold))) throw new PackError(`set ${opts.set}: the pack does not unpack to the gold (a bug of the packer)`);
  pack.goldSha256 = sha256(canonical(back));
  return { pack, literals };
}

/**
 * The gold back from a pack and its sources (file name → bytes, or undefined where the file is absent). Throws
 * PackError naming the file when one is absent or its bytes differ from those packed (the corpus changed).
 */
export function unpackGold(pack: Pack, read: (file: string) => Uint8Array | undefined): Gold {
  if (pack.format !== PACK_FORMAT) throw new PackError(`not a gold pack (format ${String(pack.format)}, expected ${PACK_FORMAT})`);
  const all = pack.sources.map(({ file, sha256: want }) => {
    const bytes = read(file);
    if (!bytes) throw new PackError(`source ${file} is absent: the pack's set ${pack.set} cannot be unpacked`);
    const got = sha256(bytes);
    if (got !== want) {
      throw new PackError(`source ${file} has changed since set ${pack.set} was packed (sha256 ${got.slice(0, 12)}…, packed ${want.slice(0, 12)}…): its gold offsets would point at other text; re-pack the set's gold`);
    }
    return views(file, bytes);
  });
  const span = (s: Span): string => {
    const v = all[s.src];
    if (!v) throw new PackError(`set ${pack.set}: a span names source ${s.src}, the pack has ${all.length}`);
    return (s.view === 't2s' ? v.t2s : v.text).slice(s.at[0], s.at[1]);
  };
  const entityNames: string[] = [];
  const isSpan = (v: object): v is Span => 'src' in v && 'at' in v;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      if (isSpan(value)) return span(value);
      if ('pieces' in value && Array.isArray(value.pieces)) return (value.pieces as (Span | string)[]).map((p) => (typeof p === 'string' ? p : span(p))).join('');
      if ('entity' in value && typeof value.entity === 'number') {
        const name = entityNames[value.entity];
        if (name === undefined) throw new PackError(`set ${pack.set}: a reference names entity ${value.entity}, the pack has ${entityNames.length}`);
        return name;
      }
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, STRUCTURAL.has(k) || k === 'articles' ? v : walk(v)]));
    }
    return value;
  };
  const { entities, articles, ...rest } = pack.gold as { entities: unknown[]; articles: unknown[] };
  const unpackedEntities = entities.map((e) => walk(e) as Gold['entities'][number]);
  entityNames.push(...unpackedEntities.map((e) => e.name));
  const gold = { ...(walk(rest) as object), entities: unpackedEntities, articles: articles.map(walk) } as Gold;
  if (pack.goldSha256 && sha256(canonical(gold)) !== pack.goldSha256) {
    throw new PackError(`set ${pack.set}: the sources are unchanged but unpacking gives another gold than was packed (did the decoding or the t2s conversion change?)`);
  }
  return gold;
}
