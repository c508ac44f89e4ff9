// A fresh embedded Neo4j for the side-by-side cost scripts (identity-cost, co-attendance-cost): its data folder
// emptied first, the schema applied, and its credentials in the environment for the `kg ingest` rounds they spawn.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';

export interface ScratchNeo4j {
  driver: Driver;
  uri: string;
  stop(): Promise<void>;
}

export async function startScratchNeo4j(dir: string, name: string): Promise<ScratchNeo4j> {
  const { startEmbedded } = await import('../graph/embedded.ts');
  const { applySchema } = await import('../graph/schema.ts');
  const dataDir = join(dir, name);
  rmSync(dataDir, { recursive: true, force: true });
  const neo = await startEmbedded({ dataDir, log: (l) => process.stderr.write(`${l}\n`) });
  const driver = neo4j.driver(neo.uri, neo.auth);
  [process.env.NEO4J_USER, process.env.NEO4J_PASSWORD] = [neo.credentials.user, neo.credentials.password];
  try {
    await applySchema(driver);
  } catch (error) {
    await driver.close();
    await neo.stop();
    throw error;
  }
  return {
    driver,
    uri: neo.uri,
    async stop() {
      await driver.close();
      await neo.stop();
    },
  };
}
