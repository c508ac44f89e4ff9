// Pure part of the loader: checks an extraction and cuts it into transactions of whole articles,
// each carrying exactly the rows its articles support (see docs/ARCHITECTURE.md, provenance rules).
import type { EntityRecord, Extraction } from '../extract/format.ts';
import { RELATIONS, shapeOf, type RelationTable } from '../model/relation-types.ts';
import { validateExtraction } from '../model/validate.ts';
import { applyIdentity, type IdentityProps } from '../identity/apply.ts';

export interface ArticleRow {
  id: string;
  source: string;
  span: [number, number];
  title: string | null;
  date: string | null;
  /** The date's year is only the reader's (ArticleRecord.yearAssumed): a stored date wins over it (load.ts, keepStored). */
  yearAssumed: boolean;
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
  /** Events: the date's year is its article's assumed one. */
  yearAssumed: boolean;
  kind: string | null;
  /** People and level-named bodies under identity (PlanOptions.identity): what anchors them; else null. */
  anchor: string | null;
  places: string[] | null;
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
  type: string;
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
  /** By relation type (a key of the relation table). */
  relations: Map<string, RelationRow[]>;
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
  /** The relation types (default: the real table; tests extend it). */
  relationTable?: RelationTable;
  /**
   * Person (and level-named body) identity from context (src/identity): one name in two articles is one
   * node only when their anchors agree. Off: one node per extraction id (fixtures with pinned ids).
   */
  identity?: boolean;
}

export function planLoad(input: Extraction, opts: PlanOptions = {}): LoadPlan {
  const articlesPerTx = opts.articlesPerTx ?? 500;
  const rowsPerTx = opts.rowsPerTx ?? 20000;
  const table: RelationTable = opts.relationTable ?? RELATIONS;
  // The format's contract first: what breaks it is repaired or left out, each with its reason.
  const { extraction: valid, problems: skipped } = validateExtraction(input, table);
  // After the contract (identity reads only well-formed records), before batching (batches carry graph ids).
  const identified = opts.identity ? applyIdentity(valid) : null;
  const extraction = identified?.extraction ?? valid;
  const identityOf = (id: string): IdentityProps | undefined => identified?.identity.get(id);

  const articles = new Map<string, ArticleRow>();
  for (const a of extraction.articles) {
    articles.set(a.id, { id: a.id, source: a.source, span: a.span, title: a.title ?? null, date: a.date ?? null, yearAssumed: a.yearAssumed === true && !!a.date, entityIds: [] });
  }

  const entities = new Map<string, EntityRecord>(extraction.entities.map((e) => [e.id, e]));

  // article id → entity ids it touches (mentions, and endpoints of the relations it states)
  const touched = new Map<string, Set<string>>([...articles.keys()].map((id) => [id, new Set<string>()]));
  for (const e of entities.values()) {
    for (const a of e.articles) touched.get(a)?.add(e.id);
  }

  const relationsByArticle = new Map<string, Statement[]>();
  const seen = new Set<string>();
  for (const r of extraction.relations) {
    const spec = table[r.type]!;
    let [from, to] = [r.from, r.to];
    if (spec.symmetric && to < from) [from, to] = [to, from];
    const title = spec.identityKey ? r[spec.identityKey]! : undefined;
    const key = JSON.stringify([r.type, from, to, title ?? null]);
    if (seen.has(`${key} ${r.article}`)) continue; // one evidence sentence per article
    seen.add(`${key} ${r.article}`);
    const list = relationsByArticle.get(r.article) ?? [];
    list.push({ type: r.type, key, from, to, ...(title !== undefined ? { title } : {}), article: r.article, evidence: r.evidence ?? '' });
    relationsByArticle.set(r.article, list);
    const ids = touched.get(r.article)!;
    ids.add(from);
    if (shapeOf(spec) !== 'article') ids.add(to);
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
          yearAssumed: e.type === 'Event' && e.yearAssumed === true && !!e.date,
          kind: e.type === 'Event' ? (e.kind ?? null) : null,
          anchor: identityOf(id)?.anchor ?? null,
          places: identityOf(id)?.places ?? null,
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
  // Entities in one order whatever the input's: concurrent loads lock shared nodes in the same order
  // (fewer deadlocks); a relationship's endpoints are then already locked by its own transaction.
  for (const batch of batches) {
    batch.entities.sort((a, b) => compare(a.id, b.id));
  }
  return { batches, skipped };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
