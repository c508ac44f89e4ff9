// The loader: an extraction (FORMAT.md) into Neo4j with batched UNWIND … MERGE, several whole articles per
// write transaction, so a crash leaves each article all-in or all-out and a re-run converges.
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { Extraction } from '../extract/format.ts';
import { RELATIONS, assertTypeName, shapeOf, type RelationTable } from '../model/relation-types.ts';
import { read, runIn, type TemplateVars } from './cypher.ts';
import { planLoad, type LoadBatch, type PlanOptions } from './plan.ts';
import { namesOfArticles, reclusterNames, type MovedAnchor } from '../identity/graph.ts';
import { clustersOfArticles, markCoAttendance } from './co-attendance.ts';

export interface LoadOptions extends PlanOptions {
  /**
   * Sources whose stored articles the extraction replaces: stored articles of these sources that the
   * extraction no longer produces are retracted. Default: every source named by the extraction's articles.
   * Pass [] to only add.
   */
  replaceSources?: string[];
  /**
   * Fingerprint of the extractor that produced the extraction (see src/extract/version.ts). A stored article
   * extracted by other rules is retracted and loaded afresh in the same transaction; without it, stored
   * articles are only added to.
   */
  extractor?: string;
  /** Called after each committed transaction with the articles loaded so far. */
  onProgress?: (articlesDone: number, articlesTotal: number) => void;
}

export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export interface LoadResult extends WriteCounts {
  articles: number;
  transactions: number;
  /** Stored articles retracted because their source no longer produces them. */
  retracted: string[];
  /** Records left out of the load, each with its reason. */
  skipped: string[];
}

/** The merge statement of a relation type: its shape's template with the type (and identity key) filled in. */
export function relationStatement(type: string, table: RelationTable = RELATIONS): { name: string; vars: TemplateVars } {
  const spec = table[type];
  if (!spec) throw new Error(`unknown relation type ${JSON.stringify(type)}`);
  const vars: Record<string, string> = { TYPE: assertTypeName(type) };
  if (spec.identityKey) vars.KEY = spec.identityKey;
  return { name: `graph-merge-rel-${shapeOf(spec)}`, vars };
}

export async function loadExtraction(driver: Driver, extraction: Extraction, opts: LoadOptions = {}): Promise<LoadResult> {
  const plan = planLoad(extraction, opts);
  const total = plan.batches.reduce((n, b) => n + b.articles.length, 0);
  const result: LoadResult = { ...zeroCounts(), articles: 0, transactions: 0, retracted: [], skipped: plan.skipped };

  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    for (const batch of plan.batches) {
      const counts = await session.executeWrite((tx) =>
        writeBatch(tx, batch, opts.extractor ?? null, opts.relationTable ?? RELATIONS, opts.identity ?? false),
      );
      addCounts(result, counts);
      result.articles += batch.articles.length;
      result.transactions++;
      opts.onProgress?.(result.articles, total);
    }
  } finally {
    await session.close();
  }

  const sources = opts.replaceSources ?? [...new Set(extraction.articles.map((a) => a.source))];
  const produced = new Set(extraction.articles.map((a) => a.id));
  if (sources.length > 0) {
    const stored = await read<{ source: string; ids: string[] }>(driver, 'graph-source-articles', { sources });
    const stale = stored.records.flatMap((r) => r.get('ids')).filter((id) => !produced.has(id));
    if (stale.length > 0) {
      const retraction = await retractArticles(driver, stale);
      addCounts(result, retraction);
      result.retracted = retraction.retracted;
    }
  }
  return result;
}

/**
 * Removes articles and everything only they supported; shared entities and relationships keep their
 * other articles. Each chunk of articles goes in one write transaction.
 */
export async function retractArticles(
  driver: Driver,
  ids: string[],
  articlesPerTx = 200,
): Promise<WriteCounts & { retracted: string[] }> {
  const totals = { ...zeroCounts(), retracted: [] as string[] };
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    for (let i = 0; i < ids.length; i += articlesPerTx) {
      const chunk = ids.slice(i, i + articlesPerTx);
      const { counts, found } = await session.executeWrite(async (tx) => {
        const existing = await runIn<{ id: string }>(tx, 'graph-find-articles', { ids: chunk });
        const params = { ids: existing.records.map((r) => r.get('id')) };
        const names = await namesOfArticles(tx, params.ids);
        const affected = await clustersOfArticles(tx, params.ids);
        const counts = await retractIn(tx, params.ids);
        await runIn(tx, 'graph-bump-version', {});
        // The people left with those names may now be clustered otherwise (src/identity/graph.ts).
        const moved = await reclusterNames(tx, names, 'all');
        await markCoAttendance(tx, { events: [], ...movedChanges(moved, affected) });
        return { counts, found: params.ids };
      });
      addCounts(totals, counts);
      totals.retracted.push(...found);
    }
  } finally {
    await session.close();
  }
  return totals;
}

async function writeBatch(
  tx: ManagedTransaction,
  planned: LoadBatch,
  extractor: string | null,
  table: RelationTable,
  identity: boolean,
): Promise<WriteCounts> {
  // Each article is merged first (graph-lock-articles), which locks it: an article is new to the graph in
  // one transaction only, even with several ingests at once. An id sits in provenance lists only while its
  // Article node exists (both are written and retracted in one transaction), so ids of new articles are
  // appended without a membership test; only re-loaded ones are checked — a test linear in a hub's list.
  let batch = planned;
  const locked = await runIn<{ id: string; created: boolean; extractor: string | null; source: string | null } & StoredDate>(
    tx, 'graph-lock-articles', { ids: batch.articles.map((a) => a.id).sort() },
  );
  const counts = countsOf(locked);
  const known = new Set<string>();
  const outdated: string[] = [];
  const stored = new Map<string, { source: string | null } & StoredDate>();
  for (const r of locked.records) {
    if (r.get('created')) continue;
    stored.set(r.get('id'), { source: r.get('source'), date: r.get('date'), yearAssumed: r.get('yearAssumed') });
    if (extractor !== null && r.get('extractor') !== extractor) outdated.push(r.get('id'));
    else known.add(r.get('id'));
  }
  // Before a retraction deletes what the graph knew about re-loaded articles.
  if (stored.size > 0) batch = await keepStored(tx, batch, stored);
  // Same text, other rules: what the old rules extracted goes first, so the article ends as a clean load.
  const retractedNames = identity && outdated.length > 0 ? await namesOfArticles(tx, outdated) : [];
  const retractedClusters = await clustersOfArticles(tx, outdated);
  if (outdated.length > 0) addCounts(counts, await retractIn(tx, outdated));
  // A re-load leaves each list it touches holding every id once (earlier loaders could append one twice).
  if (known.size > 0) await runIn(tx, 'graph-repair-provenance', { ids: [...known] });

  // Articles and entities first: relationships MATCH their endpoints.
  addCounts(counts, countsOf(await runIn(tx, 'graph-merge-articles', { articles: batch.articles, extractor })));
  if (batch.entities.length > 0) {
    const entities = batch.entities.map(({ articles, ...e }) => ({
      ...e,
      newArticles: articles.filter((a) => !known.has(a)),
      knownArticles: articles.filter((a) => known.has(a)),
    }));
    addCounts(counts, countsOf(await runIn(tx, 'graph-merge-entities', { entities })));
  }
  // A post's first and last sighting (the dates of the articles that state it) ride on the keyed merge: the
  // identity clusters read them without visiting a hub's articles (src/identity/graph.ts).
  const dateOf = new Map(batch.articles.map((a) => [a.id, a.date]));
  for (const [type, rows] of batch.relations) {
    const relations = rows.map(({ articles, evidence, ...r }) => {
      const isKnown = articles.map((a) => known.has(a));
      const dates = articles.map((a) => dateOf.get(a)).filter((d): d is string => typeof d === 'string').sort();
      return {
        ...r,
        first: dates[0] ?? null,
        last: dates.at(-1) ?? null,
        newArticles: articles.filter((_, i) => !isKnown[i]),
        newEvidence: evidence.filter((_, i) => !isKnown[i]),
        knownArticles: articles.filter((_, i) => isKnown[i]),
        knownEvidence: evidence.filter((_, i) => isKnown[i]),
      };
    });
    const statement = relationStatement(type, table);
    addCounts(counts, countsOf(await runIn(tx, statement.name, { relations }, statement.vars)));
  }
  await runIn(tx, 'graph-bump-version', {});
  // After the bump, which holds the GraphVersion lock every load takes: clusters are recomputed one load at a time.
  const moved: MovedAnchor[] = [];
  if (identity) {
    const people = batch.entities.filter((e) => e.type === 'Person');
    const names = people.map((e) => e.name);
    // A retraction of outdated articles shortened lists it does not name: their names are recounted whole.
    if (retractedNames.length > 0) moved.push(...(await reclusterNames(tx, retractedNames, 'all')));
    moved.push(...(await reclusterNames(tx, names, people.map((e) => e.id))));
  }
  // The people whose co-attendance this load may have changed (src/graph/co-attendance.ts): the participants
  // of its events, whatever the clusters moved, and those of the outdated articles it retracted.
  const events = batch.entities.filter((e) => e.type === 'Event').map((e) => e.id);
  for (const type of PARTICIPATION) for (const r of batch.relations.get(type) ?? []) events.push(r.to);
  await markCoAttendance(tx, { events, ...movedChanges(moved, retractedClusters) });
  return counts;
}

/** A date as stored or planned, and whether its year was only assumed (`--read-on`, ArticleRecord.yearAssumed). */
interface StoredDate {
  date: string | null;
  yearAssumed: boolean;
}

/**
 * The date a re-load writes: the stored one when the new extraction has none (no --date this time, none in the
 * text) or only an assumed year against a stated stored date (a --date once given, a fuller copy's year); else the
 * new one, so a stated date replaces a stored assumed one.
 */
export function keptDate(planned: StoredDate, stored: StoredDate): StoredDate {
  const storedWins = stored.date !== null && (planned.date === null || (planned.yearAssumed && !stored.yearAssumed));
  return storedWins ? { date: stored.date, yearAssumed: stored.yearAssumed } : { date: planned.date, yearAssumed: planned.yearAssumed };
}

/**
 * A re-loaded article keeps the source it was first stored under (the same text reached by another path does
 * not take it over, so re-ingesting the first file still replaces it) and its date as keptDate says; its events
 * keep theirs likewise. The planned batch is not changed (a managed transaction may retry).
 */
async function keepStored(
  tx: ManagedTransaction,
  batch: LoadBatch,
  stored: Map<string, { source: string | null } & StoredDate>,
): Promise<LoadBatch> {
  const articles = batch.articles.map((a) => {
    const s = stored.get(a.id);
    return s ? { ...a, source: s.source ?? a.source, ...keptDate(a, s) } : a;
  });
  const open = batch.entities.filter((e) => e.type === 'Event' && (e.date === null || e.yearAssumed) && e.articles.some((a) => stored.has(a)));
  if (open.length === 0) return { ...batch, articles };
  const dates = await runIn<{ id: string } & StoredDate>(tx, 'graph-stored-event-dates', { ids: open.map((e) => e.id) });
  const storedOf = new Map(dates.records.map((r) => [r.get('id'), { date: r.get('date'), yearAssumed: r.get('yearAssumed') }]));
  const entities = batch.entities.map((e) => {
    const s = storedOf.get(e.id);
    return s ? { ...e, ...keptDate(e, s) } : e;
  });
  return { ...batch, articles, entities };
}

/** The relations that make co-attendance (cypher/co-attendance-build-people.cypher). */
const PARTICIPATION = ['ATTENDED', 'CHAIRED', 'LED'];

/** Anchors whose cluster changed, and the clusters to refresh as they are (old ones, and `also`). */
function movedChanges(moved: MovedAnchor[], also: string[]): { anchors: string[]; clusters: string[] } {
  const old = moved.map((m) => m.was).filter((was): was is string => was !== null);
  return { anchors: moved.map((m) => m.id), clusters: [...also, ...old] };
}

/** Retracts stored articles inside the caller's transaction. */
async function retractIn(tx: ManagedTransaction, ids: string[]): Promise<WriteCounts> {
  const counts = zeroCounts();
  for (const name of ['graph-retract-relationships', 'graph-retract-entities', 'graph-delete-articles']) {
    addCounts(counts, countsOf(await runIn(tx, name, { ids })));
  }
  return counts;
}

function countsOf(result: Pick<QueryResult, 'summary'>): WriteCounts {
  const u = result.summary.counters.updates();
  return {
    nodesCreated: u.nodesCreated,
    nodesDeleted: u.nodesDeleted,
    relationshipsCreated: u.relationshipsCreated,
    relationshipsDeleted: u.relationshipsDeleted,
  };
}

function zeroCounts(): WriteCounts {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
}

function addCounts(into: WriteCounts, add: WriteCounts): void {
  into.nodesCreated += add.nodesCreated;
  into.nodesDeleted += add.nodesDeleted;
  into.relationshipsCreated += add.relationshipsCreated;
  into.relationshipsDeleted += add.relationshipsDeleted;
}
