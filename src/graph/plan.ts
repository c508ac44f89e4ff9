// Pure part of the loader: checks an extraction and cuts it into transactions of whole articles,
// each carrying exactly the rows its articles support (see docs/ARCHITECTURE.md, provenance rules).
import { ENTITY_TYPES, RELATION_TYPES, type EntityRecord, type Extraction, type RelationRecord, type RelationType } from '../extract/format.ts';

export interface ArticleRow {
  id: string;
  source: string;
  span: [number, number];
  title: string | null;
  date: string | null;
  /** Every entity the article touches: what a retraction of the article must visit. */
  entityIds: string[];
}

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  /** Only the articles of this batch. */
  articles: string[];
  date: string | null;
  kind: string | null;
}

/** One relationship of one transaction, with every article of that transaction that states it. */
export interface RelationRow {
  from: string;
  to: string;
  /** HOLDS_POSITION only: part of the relationship's identity. */
  title?: string;
  articles: string[];
  /** Aligned with `articles`: the sentence each states it in. */
  evidence: string[];
}

/** A relation as one article states it (before rows are merged per transaction). */
interface Statement {
  type: RelationType;
  key: string;
  from: string;
  to: string;
  title?: string;
  article: string;
  evidence: string;
}

export interface LoadBatch {
  articles: ArticleRow[];
  entities: EntityRow[];
  relations: Map<RelationType, RelationRow[]>;
}

export interface LoadPlan {
  batches: LoadBatch[];
  /** Records left out, each with the reason (the rest still loads). */
  skipped: string[];
}

export interface PlanOptions {
  /** Whole articles per write transaction. */
  articlesPerTx?: number;
  /** A transaction closes once it holds this many rows (an article is never split). */
  rowsPerTx?: number;
}

const SYMMETRIC: ReadonlySet<RelationType> = new Set(['PAIRED_WITH']);

export function planLoad(extraction: Extraction, opts: PlanOptions = {}): LoadPlan {
  const articlesPerTx = opts.articlesPerTx ?? 500;
  const rowsPerTx = opts.rowsPerTx ?? 20000;
  const skipped: string[] = [];

  const articles = new Map<string, ArticleRow>();
  for (const a of extraction.articles) {
    if (typeof a.id !== 'string' || !a.id) {
      skipped.push(`article without an id (source ${a.source})`);
      continue;
    }
    if (articles.has(a.id)) continue; // the same text twice: one article
    articles.set(a.id, { id: a.id, source: a.source, span: a.span, title: a.title ?? null, date: a.date ?? null, entityIds: [] });
  }

  const entities = new Map<string, EntityRecord>();
  for (const e of extraction.entities) {
    const problem = entityProblem(e);
    if (problem) skipped.push(`entity ${e.id ?? '?'}: ${problem}`);
    else if (!entities.has(e.id)) entities.set(e.id, e);
  }

  // article id → entity ids it touches (mentions, and endpoints of the relations it states)
  const touched = new Map<string, Set<string>>([...articles.keys()].map((id) => [id, new Set<string>()]));
  for (const e of entities.values()) {
    for (const a of e.articles) touched.get(a)?.add(e.id);
  }

  const relationsByArticle = new Map<string, Statement[]>();
  const seen = new Set<string>();
  for (const r of extraction.relations) {
    const problem = relationProblem(r, entities, articles);
    if (problem) {
      skipped.push(`${r.type} ${r.from} → ${r.to} (${r.article}): ${problem}`);
      continue;
    }
    let [from, to] = [r.from, r.to];
    if (SYMMETRIC.has(r.type) && to < from) [from, to] = [to, from];
    const title = r.type === 'HOLDS_POSITION' ? r.title! : undefined;
    const key = JSON.stringify([r.type, from, to, title ?? null]);
    if (seen.has(`${key} ${r.article}`)) continue; // one evidence sentence per article
    seen.add(`${key} ${r.article}`);
    const list = relationsByArticle.get(r.article) ?? [];
    list.push({ type: r.type, key, from, to, ...(title !== undefined ? { title } : {}), article: r.article, evidence: r.evidence ?? '' });
    relationsByArticle.set(r.article, list);
    const ids = touched.get(r.article)!;
    ids.add(from);
    if (r.type !== 'REPORTED') ids.add(to);
  }

  const batches: LoadBatch[] = [];
  let current: LoadBatch | null = null;
  let rows = 0;
  let entityRows = new Map<string, EntityRow>();
  // Rows are merged per relationship within a transaction: a relationship many articles state has
  // its (possibly long) provenance lists rewritten once per transaction, not once per article.
  let relationRows = new Map<string, RelationRow>();
  for (const article of articles.values()) {
    const ids = [...touched.get(article.id)!].sort();
    const rels = relationsByArticle.get(article.id) ?? [];
    const size = 1 + ids.length + rels.length;
    if (!current || current.articles.length >= articlesPerTx || (rows > 0 && rows + size > rowsPerTx)) {
      current = { articles: [], entities: [], relations: new Map() };
      entityRows = new Map();
      relationRows = new Map();
      batches.push(current);
      rows = 0;
    }
    rows += size;
    current.articles.push({ ...article, entityIds: ids });
    for (const id of ids) {
      let row = entityRows.get(id);
      if (!row) {
        const e = entities.get(id)!;
        row = {
          id,
          type: e.type,
          name: e.name,
          aliases: [...new Set(e.aliases ?? [])].filter((a) => a !== e.name),
          articles: [],
          date: e.type === 'Event' ? (e.date ?? null) : null,
          kind: e.type === 'Event' ? (e.kind ?? null) : null,
        };
        entityRows.set(id, row);
        current.entities.push(row);
      }
      row.articles.push(article.id);
    }
    for (const st of rels) {
      let row = relationRows.get(st.key);
      if (!row) {
        row = { from: st.from, to: st.to, ...(st.title !== undefined ? { title: st.title } : {}), articles: [], evidence: [] };
        relationRows.set(st.key, row);
        const list = current.relations.get(st.type) ?? [];
        list.push(row);
        current.relations.set(st.type, list);
      }
      row.articles.push(st.article);
      row.evidence.push(st.evidence);
    }
  }
  return { batches, skipped };
}

function entityProblem(e: EntityRecord): string | null {
  if (typeof e.id !== 'string' || !e.id) return 'no id';
  if (!ENTITY_TYPES.includes(e.type)) return `unknown type ${JSON.stringify(e.type)}`;
  if (typeof e.name !== 'string' || !e.name.trim()) return 'no name';
  if (!Array.isArray(e.articles)) return 'no article list';
  return null;
}

function relationProblem(r: RelationRecord, entities: Map<string, EntityRecord>, articles: Map<string, ArticleRow>): string | null {
  if (!RELATION_TYPES.includes(r.type)) return `unknown relation type ${JSON.stringify(r.type)}`;
  if (!articles.has(r.article)) return 'its article is not in the extraction';
  if (!entities.has(r.from)) return `unknown entity ${r.from}`;
  if (r.type === 'REPORTED') {
    if (entities.get(r.from)!.type !== 'Person') return 'a reporter must be a Person';
    if (!articles.has(r.to)) return `unknown article ${r.to}`;
  } else if (!entities.has(r.to)) {
    return `unknown entity ${r.to}`;
  }
  if (r.type === 'HOLDS_POSITION' && !r.title?.trim()) return 'HOLDS_POSITION needs a title';
  return null;
}
