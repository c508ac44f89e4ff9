// Warming the API's statements before the server says it is ready. Planning a statement the first time took
// 7.6–32 s under load (src/bench/findings.md, items 36 and 38) and hit the 10 s statement timeout in tests. Neo4j's
// plan cache keys on the statement's text, its parameters' types (null, a string and an integer are three keys)
// and their sizes in buckets (measured on 5.26: a string or list of length 0, 1, 2–10, 11–100, 101–1000 … each
// plans anew), so an EXPLAIN warms nothing: each statement is run here through the Store's own methods, which
// build the parameters exactly as the resolvers' calls do, with dummy values of the sizes real calls send (a
// name of 2–10 characters, an id of 11–100, lists of one id and of a loader's batch). Nothing matches the
// dummies, so each run is as cheap as its plan.
import type { Logger } from 'pino';
import type { EntityType, RelationType } from '../extract/format.ts';
import { NO_RANGE, type Store } from './store.ts';

/** A name as users type them (2–10 characters) and an id as the graph makes them (11–100): two size buckets. */
const NAME = '预热甲乙';
const ID = 'warm-up:0000000000';
/** An id of the graph's shape (looksLikeId, src/api/store.ts): path by two ids runs api-path-ids (then api-path). */
const SHAPED_ID = 'p:0000000000000000';
/** Lists of one id (a single parent), of a few (2–10) and of a loader's batch (11–100: 20 co-attendees). */
const ONE = [ID];
const FEW = [ID, `${ID}1`];
const BATCH = Array.from({ length: 20 }, (_, i) => `${ID}${i}`);
/** The whole-graph view's nodes (1 001–10 000: its own size bucket). */
const VIEW = Array.from({ length: 2_000 }, (_, i) => `${ID}${i}`);
const DAY = '2026-01-01';
const NONE = { personAliases: false, eventAliases: false, eventKind: false };
const BODY_TYPES: EntityType[] = ['District', 'Organization', 'Enterprise'];
const PERSON: EntityType[] = ['Person'];
const POSTS: RelationType[] = ['HOLDS_POSITION'];

/** One warming call per parameter shape a question sends; the questions the bench times first. */
export const WARM_CALLS: ((store: Store) => Promise<unknown>)[] = [
  (s) => s.coAttendeesOf(NAME, 20, NO_RANGE, 20, NONE),
  (s) => s.coAttendeesOf(ID, 20, NO_RANGE, 20, NONE),
  (s) => s.coAttendeesOf(NAME, 20, { from: DAY, to: DAY }, 20, NONE),
  (s) => s.coAttendees(ONE, 20),
  (s) => s.pathBetween(NAME, NAME, 20),
  (s) => s.pathBetween(ID, ID, 20),
  (s) => s.pathBetween(SHAPED_ID, SHAPED_ID, 20),
  (s) => s.search(NAME, null, 0, 10),
  (s) => s.search(NAME, PERSON, 0, 10),
  (s) => s.neighborsOf(NAME, 2, null, 52),
  (s) => s.neighborsOf(ID, 2, null, 52),
  (s) => s.neighborsStep(ONE, FEW, null, 52),
  (s) => s.resolveRanked(NAME, null, 10), // and api-resolve-text, as nothing matches exactly
  (s) => s.resolveRanked(ID, null, 10),
  (s) => s.resolveRanked(NAME, BODY_TYPES, 10),
  (s) => s.resolveRanked(NAME, PERSON, 10),
  (s) => s.personContexts(FEW),
  ...[ONE, FEW, BATCH].flatMap((ids) => [
    (s: Store) => s.entities(ids),
    (s: Store) => s.entityArticleIds(ids),
    (s: Store) => s.articles(ids),
    (s: Store) => s.relations(ids, null, null),
    (s: Store) => s.reported(ids),
    (s: Store) => s.reporters(ids),
    (s: Store) => s.positionsAroundPeople(ids),
    (s: Store) => s.positionsOfBodies(ids),
  ]),
  (s) => s.relations(ONE, POSTS, true),
  (s) => s.bodyTree(ID, 2_000),
  (s) => s.events({ districtId: null, from: null, to: null, kind: null, skip: 0, limit: 21 }),
  (s) => s.events({ districtId: ID, from: DAY, to: DAY, kind: null, skip: 0, limit: 21 }),
  (s) => s.pairings(null),
  (s) => s.pairings(ID),
  (s) => s.graphNodes(201),
  (s) => s.graphEdges(BATCH, 4_000),
  (s) => s.graphEdges(VIEW, 40_000), // the whole-graph view's: its 2 000 nodes
  (s) => s.graphVersion(),
  (s) => s.ready(),
];

export interface WarmupOptions {
  /** Stop warming after this long (the server is then ready, with the rest planned on first use). */
  timeoutMs?: number;
  /** After each call (awaited: a test looks at /readyz in between). */
  onProgress?: (done: number, total: number) => unknown;
  /** Whether /readyz says "warming statements" meanwhile (default true; false when re-warming after an outage). */
  holdReadiness?: boolean;
}

export interface WarmupReport {
  done: number;
  total: number;
  ms: number;
  /** Calls that failed (a message each): their statements plan on first use instead. */
  failures: string[];
  timedOut: boolean;
}

/** Runs every warming call in turn while the store reports "warming statements: n of m" to /readyz. */
export async function warmStatements(store: Store, options: WarmupOptions = {}): Promise<WarmupReport> {
  const started = performance.now();
  const deadline = started + (options.timeoutMs ?? warmupTimeoutMs());
  const total = WARM_CALLS.length;
  const failures: string[] = [];
  const hold = options.holdReadiness ?? true;
  let done = 0;
  if (hold) store.warming = { done, total };
  try {
    for (const call of WARM_CALLS) {
      const left = deadline - performance.now();
      if (left <= 0) break;
      await call(store.withTimeout(Math.max(Math.ceil(left), 1))).catch((error: Error) => failures.push(error.message));
      done++;
      if (hold) store.warming = { done, total };
      await options.onProgress?.(done, total);
    }
  } finally {
    if (hold) store.warming = null;
  }
  return { done, total, ms: Math.round(performance.now() - started), failures, timedOut: done < total };
}

/** KG_WARMUP_TIMEOUT_MS, default 120 s: under load one plan took up to 32 s (findings 36). 0 skips warming. */
export function warmupTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.KG_WARMUP_TIMEOUT_MS;
  if (value === undefined || value.trim() === '') return 120_000;
  const ms = Number(value);
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`KG_WARMUP_TIMEOUT_MS: "${value}" is not a number of milliseconds`);
  return ms;
}

/**
 * `kg serve`: warms the statements now, in the background, and again whenever the store finds Neo4j back after
 * it was unreachable (a restarted Neo4j has an empty plan cache). One log line each time, with how long it took.
 * Only the first holds /readyz: after an outage every instance is cold at once, and answering slowly beats all of
 * them leaving a load balancer's rotation together.
 */
export function keepWarm(store: Store, logger: Logger, options: WarmupOptions = {}): () => void {
  const timeoutMs = options.timeoutMs ?? warmupTimeoutMs();
  if (timeoutMs === 0) return () => {};
  let running: Promise<void> | null = null;
  const warm = (why: string, holdReadiness: boolean) => {
    if (running) return;
    running = warmStatements(store, { ...options, timeoutMs, holdReadiness })
      .then((report) => {
        const line = report.timedOut
          ? `statements warmed in part: ${report.done} of ${report.total} calls in ${report.ms} ms (KG_WARMUP_TIMEOUT_MS ${timeoutMs}); the rest plan on first use`
          : `statements warmed: ${report.total} calls in ${report.ms} ms`;
        logger.info({ why, ...report, failures: report.failures.slice(0, 5) }, line);
      })
      .finally(() => (running = null));
  };
  warm('start', true);
  return store.onRecovered(() => warm('Neo4j reachable again', false));
}
