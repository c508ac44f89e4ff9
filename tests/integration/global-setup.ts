// One real Neo4j for the whole integration run, chosen like the CLI does (NEO4J_URI → testcontainers →
// embedded), on a fresh data folder under the OS temp dir. Tests get its URI through inject('neo4jUri')
// and process.env.NEO4J_URI (so `kg` processes they spawn use it too). The embedded one runs with auth on:
// its password, read from the data folder, goes to tests the same way (neo4jPassword, NEO4J_PASSWORD).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openGraph } from '../../src/graph/target.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    neo4jVia: string;
    /** The run's data folder (the embedded Neo4j's store and password file live there). */
    neo4jDataDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-test-neo4j-'));
  const log = (line: string) => process.stderr.write(`[neo4j] ${line}\n`);
  const graph = await openGraph({ dataDir, persistContainer: false, log });
  await graph.driver.close();
  log(`${graph.via} Neo4j for this run at ${graph.uri}`);

  const user = graph.credentials?.user ?? '';
  const password = graph.credentials?.password ?? '';
  project.provide('neo4jUri', graph.uri);
  project.provide('neo4jUser', user);
  project.provide('neo4jPassword', password);
  project.provide('neo4jVia', graph.via);
  project.provide('neo4jDataDir', dataDir);
  process.env.NEO4J_URI = graph.uri;
  if (user) [process.env.NEO4J_USER, process.env.NEO4J_PASSWORD] = [user, password];

  return async () => {
    await graph.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
