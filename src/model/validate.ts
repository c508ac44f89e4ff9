// The extraction format's contract (docs/FORMAT.md) as one pure function: what the loader accepts, and
// what the extractor may call as its last step. It repairs what can be repaired without guessing (control
// characters and unpaired surrogates dropped from text) and leaves out what cannot (a relation whose
// endpoints the relation table does not allow, a relation without evidence), naming each record and reason.
import type { ArticleRecord, EntityRecord, Extraction, RelationRecord } from '../extract/format.ts';
import { ENTITY_TYPES, RELATIONS, endpointsAllowed, type Endpoint, type EntityType, type RelationTable } from './relation-types.ts';

export interface Validated {
  /** The extraction as the contract allows it: repaired records, and without the records left out. */
  extraction: Extraction;
  /** One line per record repaired or left out, naming it and the reason. Empty when the input was valid. */
  problems: string[];
}

// C0 and C1 control characters, and UTF-16 halves without their other half.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with control characters and unpaired surrogates removed (newlines and tabs too: names are one line). */
export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, '').replace(CONTROL, '');
}

/** Whether a name, title or evidence sentence is as the contract wants it. */
export function isCleanText(text: string): boolean {
  return cleanText(text) === text;
}

export function validateExtraction(input: Extraction, table: RelationTable = RELATIONS): Validated {
  const problems: string[] = [];
  const articles = new Map<string, ArticleRecord>();
  for (const a of input.articles ?? []) {
    if (typeof a?.id !== 'string' || !a.id) problems.push(`article without an id (source ${a?.source}): left out`);
    else if (typeof a.source !== 'string' || !Array.isArray(a.span)) problems.push(`article ${a.id}: no source or span: left out`);
    else if (!articles.has(a.id)) articles.set(a.id, a);
  }

  const entities = new Map<string, EntityRecord>();
  for (const e of input.entities ?? []) {
    const label = `entity ${typeof e?.id === 'string' && e.id ? e.id : '?'}`;
    if (typeof e?.id !== 'string' || !e.id) problems.push(`${label}: no id: left out`);
    else if (!ENTITY_TYPES.includes(e.type)) problems.push(`${label}: unknown type ${JSON.stringify(e.type)}: left out`);
    else if (typeof e.name !== 'string' || !cleanText(e.name).trim()) problems.push(`${label}: no name: left out`);
    else if (!Array.isArray(e.articles)) problems.push(`${label}: no article list: left out`);
    else if (entities.has(e.id)) problems.push(`${label}: listed twice: the first kept`);
    else entities.set(e.id, repairEntity(e, label, articles, problems));
  }

  const relations: RelationRecord[] = [];
  for (const r of input.relations ?? []) {
    const label = `${r?.type} ${r?.from} → ${r?.to} (${r?.article})`;
    const problem = relationProblem(r, table, entities, articles);
    if (problem) {
      problems.push(`${label}: ${problem}: left out`);
      continue;
    }
    const spec = table[r.type]!;
    const evidence = cleanText(r.evidence);
    if (evidence !== r.evidence) problems.push(`${label}: evidence had control characters or unpaired surrogates: removed`);
    const repaired: RelationRecord = { ...r, evidence };
    if (spec.identityKey) {
      const key = cleanText(r[spec.identityKey]!).trim();
      if (key !== r[spec.identityKey]) problems.push(`${label}: ${spec.identityKey} had control characters or unpaired surrogates: removed`);
      repaired[spec.identityKey] = key;
    }
    relations.push(repaired);
  }
  return { extraction: { articles: [...articles.values()], entities: [...entities.values()], relations }, problems };
}

/** The extraction repaired to the contract; what was left out or changed is dropped silently (the extractor's last step). */
export function repairExtraction(extraction: Extraction): Extraction {
  return validateExtraction(extraction).extraction;
}

function repairEntity(e: EntityRecord, label: string, articles: Map<string, ArticleRecord>, problems: string[]): EntityRecord {
  const name = cleanText(e.name).trim();
  if (name !== e.name.trim()) problems.push(`${label}: name had control characters or unpaired surrogates: removed`);
  const aliases = [...new Set((Array.isArray(e.aliases) ? e.aliases : []).map((a) => cleanText(String(a)).trim()))].filter(Boolean);
  const known = e.articles.filter((a) => articles.has(a));
  if (known.length < e.articles.length) problems.push(`${label}: mentions articles not in the extraction: those left out`);
  return { ...e, name, aliases, articles: known };
}

function relationProblem(
  r: RelationRecord,
  table: RelationTable,
  entities: Map<string, EntityRecord>,
  articles: Map<string, ArticleRecord>,
): string | null {
  const spec = Object.hasOwn(table, r?.type) ? table[r.type] : undefined;
  if (!spec) return `unknown relation type ${JSON.stringify(r?.type)}`;
  if (!articles.has(r.article)) return 'its article is not in the extraction';
  const from = entities.get(r.from);
  if (!from) return `unknown entity ${r.from}`;
  const toArticle = articles.has(r.to) && spec.endpoints.some((e) => e.to.includes('Article'));
  const to: Endpoint | undefined = toArticle ? 'Article' : entities.get(r.to)?.type;
  if (!to) return `unknown ${spec.endpoints.some((e) => e.to.includes('Article')) ? 'article' : 'entity'} ${r.to}`;
  if (!endpointsAllowed(spec, from.type, to)) return `${from.type} → ${to} is not allowed (${allowed(spec.endpoints)})`;
  if (spec.identityKey && !(typeof r[spec.identityKey] === 'string' && cleanText(r[spec.identityKey]!).trim())) {
    return `${r.type} needs a ${spec.identityKey}`;
  }
  if (typeof r.evidence !== 'string' || !cleanText(r.evidence).trim()) return 'no evidence sentence';
  return null;
}

function allowed(endpoints: readonly { from: readonly EntityType[]; to: readonly Endpoint[] }[]): string {
  return endpoints.map((e) => `${e.from.join(', ')} → ${e.to.join(', ')}`).join('; ');
}
