// The loader's use of the decision: an extraction in, the same extraction with person (and level-named body)
// ids replaced per article by their graph ids, out. The extraction stays the seam: the extractor keeps its ids
// (one per name), and only the loader maps them, per article, since one name may be two people in two articles.
import type { EntityRecord, Extraction, RelationRecord } from '../extract/format.ts';
import { mentionsOf } from './context.ts';
import { decideIdentities, type Anchor } from './decide.ts';

/** What a node carries to explain its identity (docs/ARCHITECTURE.md, "Identity"). */
export interface IdentityProps {
  /** The place or body that anchors it (坪山区), or null for a name nothing placed. */
  anchor: string | null;
  /** The districts that anchor it ([] when none or when anchored by a body). */
  places: string[];
}

export interface IdentifiedExtraction {
  extraction: Extraction;
  /** By graph id, for every Person and Organization of the result. */
  identity: Map<string, IdentityProps>;
}

/** Bumped when the decision changes: stored articles loaded under other rules are re-loaded (src/graph/load.ts). */
export const IDENTITY_RULES = 'identity-1';

const key = (article: string, entity: string) => `${article}\u0000${entity}`;

export function propsOf(anchor: Anchor | null): IdentityProps {
  if (!anchor) return { anchor: null, places: [] };
  return { anchor: anchor.value, places: anchor.kind === 'place' ? [anchor.value] : [] };
}

export function applyIdentity(input: Extraction): IdentifiedExtraction {
  const assignments = decideIdentities(mentionsOf(input));
  const idOf = new Map<string, string>();
  const identity = new Map<string, IdentityProps>();
  const byId = new Map(input.entities.map((e) => [e.id, e]));
  const split = new Map<string, EntityRecord>();
  // Articles already listed per graph id: a body no anchor splits (区人民政府 of one district) can be named in
  // thousands of a chunk's articles, and a list's includes() made that quadratic.
  const listed = new Map<string, Set<string>>();
  for (const { mention, id, anchor } of assignments) {
    idOf.set(key(mention.article, mention.entity), id);
    if (!identity.has(id)) identity.set(id, propsOf(anchor));
    let e = split.get(id);
    if (!e) {
      const original = byId.get(mention.entity)!;
      e = { ...original, id, articles: [] };
      split.set(id, e);
      listed.set(id, new Set());
    }
    // The same name under two extraction ids (an alias of another) keeps both sets of aliases.
    if (e.name !== byId.get(mention.entity)!.name) e.aliases = [...new Set([...e.aliases, byId.get(mention.entity)!.name])];
    const seen = listed.get(id)!;
    if (!seen.has(mention.article)) {
      seen.add(mention.article);
      e.articles.push(mention.article);
    }
  }
  const entities: EntityRecord[] = [];
  for (const e of input.entities) {
    if (e.type !== 'Person' && e.type !== 'Organization') entities.push(e);
  }
  entities.push(...split.values());
  const mapId = (article: string, id: string) => idOf.get(key(article, id)) ?? id;
  const relations: RelationRecord[] = input.relations.map((r) => ({
    ...r,
    from: mapId(r.article, r.from),
    to: mapId(r.article, r.to),
  }));
  return { extraction: { articles: input.articles, entities, relations }, identity };
}

/** `${article}\0${name}` → graph id for every Person mention: what the B-cubed eval compares with the gold. */
export function personAssignments(input: Extraction): Map<string, string> {
  const out = new Map<string, string>();
  for (const { mention, id } of decideIdentities(mentionsOf(input))) {
    if (mention.type === 'Person') out.set(`${mention.article}\u0000${mention.name}`, id);
  }
  return out;
}
