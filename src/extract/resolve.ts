// Stage 5 across documents: merges the per-document entities into one graph and gives stable ids.
// Keys from different documents merge when they are one name; short forms merge with their long form
// when the short form is a unique abbreviation (工信部 ⊂ 工业和信息化部) or an enterprise's core
// (中国兵器 ⊂ 中国兵器工业集团). Two names that only share a prefix stay apart.
import { createHash } from 'node:crypto';
import { splitKey, type DocResult, type LocalEntity } from './document.ts';
import { enterpriseCore } from './finders/enterprises.ts';
import type { EntityRecord, EntityType, Extraction, RelationRecord } from './format.ts';
import { places } from './lexicon.ts';
import { keepOwnerlessLocal, localArticle } from './ownerless.ts';
import { repairExtraction } from '../model/validate.ts';

const PREFIX: Record<EntityType, string> = { Person: 'p', Organization: 'o', District: 'd', Enterprise: 'n', Event: 'e' };

export function entityId(type: EntityType, name: string): string {
  return `${PREFIX[type]}:${createHash('sha256').update(`${type}|${name}`).digest('hex').slice(0, 16)}`;
}

/** Is `short` an abbreviation of `long`: same first character, its last among the long form's suffix, all in order? */
export function isAbbreviation(short: string, long: string): boolean {
  if (short.length >= long.length || short.length < 3 || short.length > 4) return false;
  if (short[0] !== long[0] || !long.slice(-3).includes(short[short.length - 1]!)) return false;
  // A place and a whole suffix (重庆银行) is a name of its own, not a short form of 重庆三峡银行.
  const idx = places();
  if ([2, 3].some((n) => idx.full.has(short.slice(0, n)) || idx.short.has(short.slice(0, n))) && long.endsWith(short.slice(-2))) return false;
  let j = 0;
  for (const ch of long) if (ch === short[j]) j++;
  return j === short.length;
}

/** The name without a leading place: every split where the head is a place name (full or short). */
function withoutLeadingPlace(name: string): string[] {
  const idx = places();
  const out: string[] = [];
  for (let len = 2; len <= 8 && len < name.length - 1; len++) {
    const head = name.slice(0, len);
    if (idx.full.has(head) || idx.shortAlwaysSafe.has(head)) out.push(name.slice(len));
  }
  return out;
}

export function mergeResults(documents: DocResult[]): Extraction {
  const results = documents.map(keepOwnerlessLocal);
  // Sets while merging: a district named in ten thousand articles must not cost ten thousand squared.
  const byKey = new Map<string, LocalEntity>();
  const aliasSets = new Map<string, Set<string>>();
  const articleSets = new Map<string, Set<string>>();
  for (const r of results) {
    for (const e of r.entities) {
      if (!byKey.has(e.key)) {
        byKey.set(e.key, e);
        aliasSets.set(e.key, new Set());
        articleSets.set(e.key, new Set());
      }
      const aliases = aliasSets.get(e.key)!;
      const articles = articleSets.get(e.key)!;
      for (const a of e.aliases) aliases.add(a);
      for (const a of e.articles) articles.add(a);
    }
  }
  for (const [key, e] of byKey) byKey.set(key, { ...e, aliases: [...aliasSets.get(key)!], articles: [...articleSets.get(key)!] });
  // Union-find over keys; the representative is the longest name (ties: code-point order), so the
  // outcome does not depend on the order documents arrived in.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const better = (a: string, b: string) => {
    const [, na] = splitKey(a);
    const [, nb] = splitKey(b);
    return na.length !== nb.length ? na.length > nb.length : a < b;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    // An ownerless body (ownerless.ts) is one article's: it joins nothing named in another.
    if (ra === rb || localArticle(ra) !== localArticle(rb)) return;
    if (better(ra, rb)) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  const keys = [...byKey.keys()].sort();
  for (const k of keys) parent.set(k, k);
  const byType = new Map<EntityType, LocalEntity[]>();
  for (const k of keys) {
    const e = byKey.get(k)!;
    if (!byType.has(e.type)) byType.set(e.type, []);
    byType.get(e.type)!.push(e);
  }
  for (const type of ['Organization', 'Enterprise'] as EntityType[]) {
    const list = byType.get(type) ?? [];
    const names = new Map(list.map((e) => [e.name, e.key]));
    const owners = new Map<string, string[]>();
    for (const o of list) for (const a of o.aliases) owners.set(a, [...(owners.get(a) ?? []), o.key]);
    // Long names by first and last character: where an abbreviation's long form can be.
    const byEnds = new Map<string, LocalEntity[]>();
    for (const o of list) {
      const k = o.name[0]! + o.name[o.name.length - 1]!;
      byEnds.set(k, [...(byEnds.get(k) ?? []), o]);
    }
    for (const e of list) {
      // A name that another entity lists as its alias (以下简称) is that entity, when only one claims it.
      const claim = (owners.get(e.name) ?? []).filter((k) => k !== e.key);
      if (claim.length === 1) union(e.key, claim[0]!);
      const longs = e.name.length <= 4 ? (byEnds.get(e.name[0]! + e.name[e.name.length - 1]!) ?? []).filter((o) => o !== e && isAbbreviation(e.name, o.name)) : [];
      if (longs.length === 1) union(e.key, longs[0]!.key);
      const core = type === 'Enterprise' ? enterpriseCore(e.name) : null;
      if (core && names.has(core)) union(e.key, names.get(core)!);
    }
    // "港通物流集团" and "港通物流集团有限公司": one enterprise, written with more or less of its suffix.
    if (type === 'Enterprise') {
      const byCore = new Map<string, string>();
      for (const e of list) {
        const core = enterpriseCore(e.name);
        if (!core || core.length < 3) continue;
        const seen = byCore.get(core);
        if (seen) union(e.key, seen);
        else byCore.set(core, e.key);
      }
    }
    // "重庆两江新区管委会" is "两江新区管委会", "香港港通物流集团有限公司" is "港通物流集团有限公司":
    // a leading place adds nothing when the rest names an entity of its own.
    for (const e of list) {
      for (const rest of withoutLeadingPlace(e.name)) {
        const other = names.get(rest);
        // "市人民政府" left bare (no city known) is every city's: never one place's (马鞍山市人民政府).
        if (other && other !== e.key && rest.length >= 4 && !/^[区县市省州旗]/.test(rest)) union(e.key, other);
      }
    }
    // An enterprise written without its suffix in a party list ("德国莱茵TUV") and with it ("…集团").
    if (type === 'Enterprise') {
      const byCore = new Map<string, string>();
      for (const e of list) {
        const core = enterpriseCore(e.name);
        if (core && !byCore.has(core)) byCore.set(core, e.key);
      }
      for (const o of byType.get('Organization') ?? []) {
        const match = byCore.get(o.name);
        if (match) union(o.key, match);
      }
    }
  }
  const idOf = new Map<string, string>();
  const entities: EntityRecord[] = [];
  const groups = new Map<string, LocalEntity[]>();
  for (const k of keys) {
    const r = find(k);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(byKey.get(k)!);
  }
  for (const [rep, members] of groups) {
    const head = byKey.get(rep)!;
    const id = head.type === 'Event' || localArticle(rep) ? `${PREFIX[head.type]}:${createHash('sha256').update(rep).digest('hex').slice(0, 16)}` : entityId(head.type, head.name);
    const aliases = new Set<string>();
    const articles = new Set<string>();
    for (const m of members) {
      idOf.set(m.key, id);
      if (m.name !== head.name) aliases.add(m.name);
      m.aliases.forEach((a) => a !== head.name && aliases.add(a));
      m.articles.forEach((a) => articles.add(a));
    }
    const rec: EntityRecord = { id, type: head.type, name: head.name, aliases: [...aliases].sort(), articles: [...articles].sort() };
    if (head.type === 'Event') {
      rec.date = head.date ?? null;
      rec.kind = head.kind ?? 'other';
      if (head.yearAssumed && rec.date) rec.yearAssumed = true;
    }
    entities.push(rec);
  }
  const relations: RelationRecord[] = [];
  const seen = new Set<string>();
  for (const r of results) {
    for (const rel of r.relations) {
      const from = idOf.get(rel.from) ?? rel.from;
      const to = rel.type === 'REPORTED' ? rel.to : idOf.get(rel.to);
      if (!to || !idOf.has(rel.from) || from === to) continue;
      const sig = `${rel.type}|${from}|${to}|${rel.article}|${rel.title ?? ''}`;
      if (seen.has(sig)) continue;
      seen.add(sig);
      const rec: RelationRecord = { type: rel.type, from, to, article: rel.article, evidence: rel.evidence };
      if (rel.title !== undefined) rec.title = rel.title;
      relations.push(rec);
    }
  }
  const articles = results.flatMap((r) => r.articles);
  entities.sort((a, b) => (a.id < b.id ? -1 : 1));
  return repairExtraction({ articles, entities, relations }); // the format's contract (src/model/validate.ts) as the last step
}
