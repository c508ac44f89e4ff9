// The schema (constraints, indexes, the full-text index) lives in cypher/schema-*.cypher; every statement
// says IF NOT EXISTS, so applying it at each start is cheap and idempotent — also when several processes
// apply it at once on a fresh store (two `kg ingest`, or `kg serve` beside an ingest). Data migrations follow,
// each run once per store (MIGRATIONS below).
import type { Driver } from 'neo4j-driver';
import { cypherNames, write } from './cypher.ts';

/**
 * What another process applying the same schema at the same moment causes: IF NOT EXISTS checks before the
 * other's rule commits, and the create then meets it ("An equivalent index already exists"). The rule exists
 * either way, which is all this statement wanted.
 */
const CREATED_BY_ANOTHER = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexWithNameAlreadyExists',
  'Neo.ClientError.Schema.ConstraintWithNameAlreadyExists',
]);

export function isCreatedByAnother(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  return CREATED_BY_ANOTHER.has(e?.code ?? '') || /equivalent (index|constraint) already exists/i.test(e?.message ?? '');
}

export async function applySchema(driver: Driver): Promise<void> {
  // Schema changes cannot share a transaction with each other's index population: one at a time.
  for (const name of cypherNames('schema-')) {
    try {
      await write(driver, name);
    } catch (err) {
      if (!isCreatedByAnother(err)) throw err;
    }
  }
  await write(driver, 'graph-await-indexes');
  await migrate(driver);
}

/**
 * Data migrations, in order: migration i (1-based) runs once per store, when the store's SchemaVersion marker
 * is below i; each statement reads and raises the marker itself (cypher/graph-person-default-cluster.cypher).
 * A store without the marker (new, or written by a version before it) runs them all: harmless on an empty one.
 */
export const MIGRATIONS = [
  // Graphs loaded before every Person had its cluster (`person`) get the default one: itself. It scanned every
  // Person on each apply (every `kg ingest`, every server start) before it ran once: measured on stores of
  // 10k / 100k clustered Persons, 20,001 / 200,001 db hits a scan against 5 for the marker statement.
  'graph-person-default-cluster',
] as const;

async function migrate(driver: Driver): Promise<void> {
  for (const [i, name] of MIGRATIONS.entries()) await write(driver, name, { version: i + 1 });
}
