// Named, parameterized Cypher: every statement the code runs lives in cypher/<name>.cypher.
// No Cypher is ever assembled from strings; callers pass parameters only.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';

const cypherDir = fileURLToPath(new URL('../../cypher/', import.meta.url));
const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher (read once). */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`bad Cypher file name: ${name}`);
    text = readFileSync(`${cypherDir}${name}.cypher`, 'utf8');
    cache.set(name, text);
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
): Promise<QueryResult<R>> {
  const started = performance.now();
  try {
    return await tx.run<R>(cypher(name), params);
  } finally {
    const ms = performance.now() - started;
    for (const fn of observers) fn(name, ms);
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
    run: <T extends RecordShape>(query: string, parameters?: Record<string, unknown>) => session.run<T>(query, parameters, config),
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
