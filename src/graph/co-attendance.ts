// The co-attendance projection (src/bench/findings.md, items 22 and 29): every person's top co-attendees with
// their shared-event counts and newest shared events, precomputed, so coAttendees of a hub reads ≤ 100 small
// nodes instead of expanding thousands of events. The loader keeps it: every load or retraction marks, in its
// own transaction, the people (clusters) whose answer it may have changed (`markCoAttendance`); a refresh
// (`refreshCoAttendance`, at the end of `kg ingest`, `ingestArticles`, `kg delete-article`) rebuilds the rows of
// the marked people and stamps the projection with the graph's version. Every load renews that version, and
// api-co-attendees reads the projection only while the stamp matches (otherwise it reads the events): a
// projection that is not exact is never served.
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { runIn } from './cypher.ts';

/** The largest page of coAttendees and of CoAttendance.events (MAX_FIRST): the projection keeps that many. */
const KEEP = 100;
/**
 * Of each row's newest events, how many carry their name and date too: the API's default page of shared events
 * (src/api/store-rows.ts), so the default answer reads no Event node (findings item 40).
 */
export const EVENTS_CARRIED = 20;
/** People rebuilt per transaction outside the lock (a hub's rows are ≤ 100 nodes of ≤ 100 ids each). */
const PER_TX = 200;
/** Marks left for the locked last step at most: loads wait for it, so it stays short. */
const LOCKED_AT_MOST = 2_000;

export interface CoAttendanceRefresh {
  /** True when the projection is current (stamped with the graph's version) after the refresh. */
  stamped: boolean;
  /** People (clusters) whose rows were rebuilt or dropped. */
  refreshed: number;
  /** Of those, the ones rebuilt in the bulk, beside running loads, before the locked last step. */
  inBulk: number;
  /** CoAttendance nodes written. */
  projected: number;
  ms: number;
}

/** What one load or retraction transaction changed, for `markCoAttendance`. */
export interface CoAttendanceChanges {
  /** Events loaded (new participants, a new date). */
  events: string[];
  /** Anchor nodes whose cluster changed. */
  anchors: string[];
  /** Cluster ids to refresh as they are: clusters anchors left, people of retracted articles. */
  clusters: string[];
}

/**
 * `KG_CO_ATTENDANCE=off`: loads neither mark nor refresh (to measure what the projection costs); the graph is
 * then untracked, answers come from the events, and the next refresh with it on rebuilds everyone.
 */
function projectionOff(): boolean {
  return process.env.KG_CO_ATTENDANCE === 'off';
}

/** Inside a load's transaction, after graph-bump-version: marks the people whose answers it may have changed. */
export async function markCoAttendance(tx: ManagedTransaction, changes: CoAttendanceChanges): Promise<void> {
  if (projectionOff()) {
    await runIn(tx, 'co-attendance-untrack');
    return;
  }
  if (changes.events.length + changes.anchors.length + changes.clusters.length === 0) return;
  await runIn(tx, 'co-attendance-mark', {
    events: [...new Set(changes.events)],
    anchors: [...new Set(changes.anchors)],
    clusters: [...new Set(changes.clusters)],
    token: randomUUID(),
  });
}

/** Inside a retraction's transaction, before it: the people whose answers retracting these articles changes. */
export async function clustersOfArticles(tx: ManagedTransaction, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const result = await runIn<{ clusters: string[] }>(tx, 'co-attendance-affected-by-articles', { ids });
  return result.records[0]?.get('clusters') ?? [];
}

export interface RefreshOptions {
  /** Leave the projection unstamped rather than refresh more marked people than this (see refreshCoAttendance). */
  maxMarks?: number;
  /** Marks the locked last step takes on at most (default LOCKED_AT_MOST); more go to the bulk first. Tests lower it. */
  lockedAtMost?: number;
  /** People per bulk transaction (default PER_TX). Tests lower it to run many at once. */
  perTx?: number;
}

interface Mark {
  person: string;
  token: string;
}

/**
 * Rebuilds the rows of every marked person and stamps the projection with the graph's version. The bulk runs in
 * transactions of PER_TX people beside running loads; the last marks are handled in one transaction that holds
 * the GraphVersion lock (no load commits meanwhile), which stamps. `maxMarks`: leave the projection unstamped
 * (answers then come from the events) rather than refresh more people than that — an API ingest does not wait
 * for a bulk load's refresh that another process is still feeding.
 */
export async function refreshCoAttendance(driver: Driver, opts: RefreshOptions = {}): Promise<CoAttendanceRefresh> {
  const started = performance.now();
  const lockedAtMost = opts.lockedAtMost ?? LOCKED_AT_MOST;
  const totals = { stamped: false, refreshed: 0, inBulk: 0, projected: 0 };
  const done = () => ({ ...totals, ms: performance.now() - started });
  if (projectionOff()) return done();
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    const state = (await session.executeRead((tx) => runIn(tx, 'co-attendance-state'))).records[0];
    if (!state?.get('exists')) return done();
    // A graph loaded before loads kept marks: everyone once.
    if (!state.get('tracked')) await session.executeWrite((tx) => runIn(tx, 'co-attendance-mark-all', { token: randomUUID() }));
    for (let pass = 0; pass < 3; pass++) {
      const marks = await session.executeRead(readMarks);
      if (opts.maxMarks !== undefined && marks.length > opts.maxMarks) return done();
      if (marks.length <= lockedAtMost) break;
      totals.projected += await rebuildInBulk(driver, marks, opts.perTx ?? PER_TX);
      totals.refreshed += marks.length;
      totals.inBulk += marks.length;
    }
    const last = await session.executeWrite(async (tx) => {
      const version = (await runIn(tx, 'co-attendance-lock')).records[0]?.get('version') as string | undefined;
      const marks = await readMarks(tx);
      let projected = 0;
      for (let i = 0; i < marks.length; i += PER_TX) projected += await rebuild(tx, marks.slice(i, i + PER_TX));
      const stamped = version ? (await runIn(tx, 'co-attendance-stamp', { version })).records.length > 0 : false;
      return { stamped, projected, refreshed: marks.length };
    });
    totals.stamped = last.stamped;
    totals.projected += last.projected;
    totals.refreshed += last.refreshed;
    return done();
  } finally {
    await session.close();
  }
}

/** The whole projection rebuilt (a graph of unknown history, the bench): everyone marked, then refreshed. */
export async function rebuildCoAttendance(driver: Driver, opts: RefreshOptions = {}): Promise<CoAttendanceRefresh> {
  const started = performance.now();
  const session: Session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    await session.executeWrite((tx) => runIn(tx, 'co-attendance-mark-all', { token: randomUUID() }));
  } finally {
    await session.close();
  }
  const refresh = await refreshCoAttendance(driver, opts);
  return { ...refresh, ms: performance.now() - started };
}

/** The bulk of a refresh: chunks of PER_TX marks in order, one transaction each, in a session of its own; nodes written. */
async function rebuildInBulk(driver: Driver, marks: Mark[], perTx: number): Promise<number> {
  let projected = 0;
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    for (let next = 0; next < marks.length; next += perTx) {
      const chunk = marks.slice(next, next + perTx);
      projected += await session.executeWrite((tx) => rebuild(tx, chunk));
    }
  } finally {
    await session.close();
  }
  return projected;
}

async function readMarks(tx: ManagedTransaction): Promise<Mark[]> {
  const result = await runIn<{ person: string; token: string }>(tx, 'co-attendance-dirty');
  return result.records.map((r) => ({ person: r.get('person'), token: r.get('token') }));
}

/** Drops and rebuilds the rows of the marked people, then removes the marks (each only if not renewed since). */
async function rebuild(tx: ManagedTransaction, marks: Mark[]): Promise<number> {
  const people = marks.map((m) => m.person);
  await runIn(tx, 'co-attendance-drop', { people });
  const built = await runIn(tx, 'co-attendance-build-people', {
    people,
    first: neo4j.int(KEEP),
    maxEvents: neo4j.int(KEEP),
    pageEvents: neo4j.int(EVENTS_CARRIED),
  });
  await runIn(tx, 'co-attendance-undirty', { marks });
  return built.summary.counters.updates().nodesCreated;
}
