// The schema (constraints, indexes, the full-text index) lives in cypher/schema-*.cypher; every statement
// says IF NOT EXISTS, so applying it at each start is cheap and idempotent.
import type { Driver } from 'neo4j-driver';
import { cypherNames, write } from './cypher.ts';

export async function applySchema(driver: Driver): Promise<void> {
  // Schema changes cannot share a transaction with each other's index population: one at a time.
  for (const name of cypherNames('schema-')) await write(driver, name);
  await write(driver, 'graph-await-indexes');
}
