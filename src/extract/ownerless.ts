// A body written bare in an article that never names its place ("区人大常委会", "区委" with no district in
// the text) is that article's own body: every district has one, so merging them across articles by the bare
// name would make one entity of many districts' bodies. Such a body keeps an article-local key (and so its
// own id) when documents merge (resolve.ts).
import type { DocResult } from './document.ts';
import { places } from './lexicon.ts';

const LOCAL = '|@';

/** A body's name that opens with a bare level (区/县/市/省/州/旗) and no place: nobody's in particular. */
export function isOwnerlessBody(type: string, name: string): boolean {
  if (type !== 'Organization' && type !== 'Enterprise') return false;
  if (!/^[区县旗市州省]/.test(name)) return false;
  const idx = places();
  return !idx.full.has(name.slice(0, 2)) && !idx.full.has(name.slice(0, 3));
}

/** The article a local key belongs to, or null for a key shared across articles. */
export function localArticle(key: string): string | null {
  const at = key.lastIndexOf(LOCAL);
  return at < 0 ? null : key.slice(at + LOCAL.length);
}

/** The document with each ownerless body split into one entity per article, its relations following. */
export function keepOwnerlessLocal(r: DocResult): DocResult {
  const local = new Set(r.entities.filter((e) => isOwnerlessBody(e.type, e.name)).map((e) => e.key));
  if (!local.size) return r;
  const rekey = (key: string, article: string) => (local.has(key) ? `${key}${LOCAL}${article}` : key);
  return {
    ...r,
    entities: r.entities.flatMap((e) => (local.has(e.key) ? e.articles.map((a) => ({ ...e, key: rekey(e.key, a), articles: [a] })) : [e])),
    relations: r.relations.map((rel) => ({ ...rel, from: rekey(rel.from, rel.article), to: rel.type === 'REPORTED' ? rel.to : rekey(rel.to, rel.article) })),
  };
}
