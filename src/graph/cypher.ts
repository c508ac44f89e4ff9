// Named, parameterized Cypher: every statement the code runs lives in cypher/<name>.cypher.
// No Cypher is ever assembled from user text; callers pass parameters only. The one exception to "the file
// is the statement": relationship types cannot be parameters (and dynamic `$(…)` types hide them from the
// planner), so a file may hold `{{NAME}}` slots filled from the closed relation table
// (src/model/relation-types.ts) with identifiers only, e.g. `graph-merge-rel-entity` with TYPE=ATTENDED.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { entityRelationTypes } from '../model/relation-types.ts';
import { compact } from './cypher-compact.ts';

const cypherDir = fileURLToPath(new URL('../../cypher/', import.meta.url));
const cache = new Map<string, string>();

/** Slot values: identifiers, or identifiers joined by `|` (a type list); nothing else reaches Cypher text. */
export type TemplateVars = Readonly<Record<string, string>>;
const IDENTIFIERS = /^[A-Za-z][A-Za-z0-9_]*(\|[A-Za-z][A-Za-z0-9_]*)*$/;

/** Slots every statement may use, from the relation table. */
function tableVars(): TemplateVars {
  return { ENTITY_RELATION_TYPES: entityRelationTypes().join('|') };
}

/** The text of cypher/<name>.cypher (read once), its `{{SLOT}}`s filled from `vars` and the relation table. */
export function cypher(name: string, vars: TemplateVars = {}): string {
  const key = Object.keys(vars).length === 0 ? name : `${name} ${JSON.stringify(vars)}`;
  let text = cache.get(key);
  if (text === undefined) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`bad Cypher file name: ${name}`);
    const all = { ...tableVars(), ...vars };
    text = readFileSync(`${cypherDir}${name}.cypher`, 'utf8').replace(/\{\{([A-Z_]+)\}\}/g, (_, slot: string) => {
      const value = all[slot];
      if (value === undefined) throw new Error(`cypher/${name}.cypher: no value for {{${slot}}}`);
      if (!IDENTIFIERS.test(value)) throw new Error(`cypher/${name}.cypher: {{${slot}}} must be identifiers, got ${JSON.stringify(value)}`);
      return value;
    });
    text = compact(text, `cypher/${name}.cypher`);
    cache.set(key, text);
  }
  return text;
}

/** Names of the statements whose file names start with `prefix`, sorted. */
export function cypherNames(prefix: string): string[] {
  return readdirSync(cypherDir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.cypher'))
    .map((f) => f.slice(0, -'.cypher'.length))
    .sort();
}

/** Observers see every named statement run (metrics, and tests that count statements for N+1). */
type StatementObserver = (name: string, ms: number) => void;
const observers = new Set<StatementObserver>();
export function observeStatements(fn: StatementObserver): () => void {
  observers.add(fn);
  return () => observers.delete(fn);
}

/** Runs a named statement inside a transaction the caller manages. */
export async function runIn<R extends RecordShape = RecordShape>(
  tx: Pick<ManagedTransaction, 'run'>,
  name: string,
  params: Record<string, unknown> = {},
  vars?: TemplateVars,
): Promise<QueryResult<R>> {
  const started = performance.now();
  try {
    return await tx.run<R>(cypher(name, vars), params);
  } finally {
    const ms = performance.now() - started;
    for (const fn of observers) fn(name, ms);
  }
}

/**
 * Calls `fn` with V8's stack capture off. The driver makes every Result with `new Error('').stack` (so that a
 * server error later carries the caller's stack), and under tsx the stack's frames are source-mapped one by one:
 * ≈20% of the API's Node CPU per path request (src/bench/store-cpu.ts, findings item 43). A Neo4j error from such a
 * call keeps its name, message and code, without the caller's frames.
 */
function withoutStackCapture<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * A named read statement as one auto-commit transaction, not retried: one RUN message where an explicit or
 * managed transaction adds BEGIN and COMMIT (each its own socket write: for a small query, most of its
 * cost on the client). For the API, where one statement answers and a caller retries itself.
 */
export async function readOnce<R extends RecordShape = RecordShape>(
  driver: Driver,
  name: string,
  params: Record<string, unknown> = {},
  opts: { timeoutMs?: number } = {},
): Promise<QueryResult<R>> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  const config = opts.timeoutMs ? { timeout: opts.timeoutMs } : undefined;
  const autoCommit = {
    run: <T extends RecordShape>(query: string, parameters?: Record<string, unknown>) => withoutStackCapture(() => session.run<T>(query, parameters, config)),
  };
  try {
    return await runIn<R>(autoCommit, name, params);
  } finally {
    await session.close();
  }
}

/** A named statement in a read transaction (routed to followers on a cluster). */
export function read<R extends RecordShape = RecordShape>(
  driver: Driver,
  name: string,
  params: Record<string, unknown> = {},
  opts: { timeoutMs?: number } = {},
): Promise<QueryResult<R>> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  return session
    .executeRead((tx) => runIn<R>(tx, name, params), opts.timeoutMs ? { timeout: opts.timeoutMs } : undefined)
    .finally(() => session.close());
}

/** A named statement in a write transaction. */
export function write<R extends RecordShape = RecordShape>(
  driver: Driver,
  name: string,
  params: Record<string, unknown> = {},
): Promise<QueryResult<R>> {
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  return session.executeWrite((tx) => runIn<R>(tx, name, params)).finally(() => session.close());
}
