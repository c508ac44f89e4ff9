// The co-attendance projection (src/bench/findings.md, item 22): every person's top co-attendees with their
// shared-event counts and newest shared events, precomputed, so coAttendees of a hub reads ≤ 100 small nodes
// instead of expanding thousands of events. It is stamped with the graph version it was built at; every load
// or retraction renews that version, and api-co-attendees uses the projection only while the stamp matches
// (otherwise it reads the events, as before): a stale projection is never served.
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher, read } from './cypher.ts';

/** The largest page of coAttendees and of CoAttendance.events (MAX_FIRST): the projection keeps that many. */
const KEEP = 100;

export interface CoAttendanceBuild {
  /** False when a load changed the graph during the build: the projection is then not used. */
  stamped: boolean;
  projected: number;
  ms: number;
}

/** Builds the projection afresh for the whole graph (after a bulk load; ≈ one pass over every person's events). */
export async function rebuildCoAttendance(driver: Driver): Promise<CoAttendanceBuild> {
  const started = performance.now();
  const version = (await read(driver, 'api-graph-version')).records[0]?.get('version') as string | null | undefined;
  // CALL … IN TRANSACTIONS needs auto-commit statements.
  const session = driver.session();
  try {
    await session.run(cypher('co-attendance-clear'));
    const built = await session.run(cypher('co-attendance-build'), { first: neo4j.int(KEEP), maxEvents: neo4j.int(KEEP) });
    const projected = built.summary.counters.updates().nodesCreated;
    const stamped = version ? (await session.run(cypher('co-attendance-stamp'), { version })).records.length > 0 : false;
    return { stamped, projected, ms: performance.now() - started };
  } finally {
    await session.close();
  }
}
