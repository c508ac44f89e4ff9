// The schema (constraints, indexes, the full-text index) lives in cypher/schema-*.cypher; every statement
// says IF NOT EXISTS, so applying it at each start is cheap and idempotent — also when several processes
// apply it at once on a fresh store (two `kg ingest`, or `kg serve` beside an ingest).
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
  // Graphs loaded before every Person had its cluster (`person`) get the default one: itself.
  await write(driver, 'graph-person-default-cluster');
}
