// The launcher's door to any Neo4j setting by name (-Dkg.neo4j.NAME=VALUE in KG_NEO4J_JAVA_OPTS): how the
// settings of src/bench/findings.md item 45 were tried one at a time. A setting given there reaches the running
// instance; a name Neo4j does not know stops the start with a message naming it, and no JVM is left behind.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { read } from '../../src/graph/cypher.ts';
import { startEmbedded, stopEmbedded } from '../../src/graph/embedded.ts';

const small = { heap: '512m', pageCache: '32m', txMemory: '128m', log: () => {}, supervise: false };

describe('launcher settings by name', () => {
  const dirs: string[] = [];
  const before = process.env.KG_NEO4J_JAVA_OPTS;
  afterEach(async () => {
    if (before === undefined) delete process.env.KG_NEO4J_JAVA_OPTS;
    else process.env.KG_NEO4J_JAVA_OPTS = before;
    for (const dir of dirs.splice(0)) {
      await stopEmbedded(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('passes -Dkg.neo4j.NAME=VALUE to Neo4j, and forgets it on a start without', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kg-launcher-settings-'));
    dirs.push(dataDir);
    process.env.KG_NEO4J_JAVA_OPTS = '-Dkg.neo4j.db.transaction.monitor.check.interval=7s';
    const neo = await startEmbedded({ dataDir, ...small });
    const driver = neo4j.driver(neo.uri, neo.auth);
    try {
      const { records } = await read(driver, 'neo4j-setting', { name: 'db.transaction.monitor.check.interval' });
      expect(records.map((r) => r.get('value'))).toEqual(['7s']);
    } finally {
      await driver.close();
      await neo.stop();
    }
    // The settings file it was passed through goes with the property.
    expect(readdirSync(dataDir)).toContain('kg-extra-settings.conf');
    delete process.env.KG_NEO4J_JAVA_OPTS;
    const plain = await startEmbedded({ dataDir, ...small });
    const again = neo4j.driver(plain.uri, plain.auth);
    try {
      const { records } = await read(again, 'neo4j-setting', { name: 'db.transaction.monitor.check.interval' });
      expect(records.map((r) => r.get('value'))).toEqual(['2s']);
      expect(readdirSync(dataDir)).not.toContain('kg-extra-settings.conf');
    } finally {
      await again.close();
      await plain.stop();
    }
  }, 300_000);

  it('refuses a setting Neo4j does not know, naming it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kg-launcher-settings-'));
    dirs.push(dataDir);
    process.env.KG_NEO4J_JAVA_OPTS = '-Dkg.neo4j.db.no_such_setting=1';
    await expect(startEmbedded({ dataDir, ...small })).rejects.toThrow(/db\.no_such_setting/);
  }, 180_000);
});
