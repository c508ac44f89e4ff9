// The person-cluster default (cypher/graph-person-default-cluster.cypher) is a one-time migration, against the
// run's real Neo4j: a fresh store is marked and never scanned again; a store written without clusters (made
// here through the driver, as a loader before clusters wrote it) gets each Person its own cluster on apply.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { read, write } from '../../src/graph/cypher.ts';
import { MIGRATIONS, applySchema } from '../../src/graph/schema.ts';
import { resetGraph, testDriver } from './support.ts';

interface State {
  versions: number[];
  people: [string, string | null][];
}

describe('the schema apply\'s one-time migrations', () => {
  let driver: Driver;

  beforeAll(() => {
    driver = testDriver();
  });
  // resetGraph deletes every node, the marker too: each case starts as a store that never saw a marker.
  beforeEach(() => resetGraph(driver));
  afterAll(async () => {
    await resetGraph(driver);
    await applySchema(driver);
    await driver.close();
  });

  async function state(): Promise<State> {
    const r = (await read(driver, 'graph-schema-test-state')).records[0]!;
    return { versions: (r.get('versions') as unknown[]).map(Number), people: r.get('people') };
  }

  const oldPeople = (people: { id: string; name: string; person: string | null }[]) =>
    write(driver, 'graph-schema-test-old-people', { people });

  it('marks a fresh store, and later applies do not scan its people again', async () => {
    await applySchema(driver);
    expect(await state()).toEqual({ versions: [MIGRATIONS.length], people: [] });
    // A Person without a cluster written after the mark (no current loader writes one): left alone, which shows
    // the scan did not run.
    await oldPeople([{ id: 'p:late', name: '王五', person: null }]);
    await applySchema(driver);
    expect(await state()).toEqual({ versions: [MIGRATIONS.length], people: [['p:late', null]] });
  });

  it('gives every Person of a store written without clusters its own cluster, keeping those it had', async () => {
    await oldPeople([
      { id: 'p:a', name: '张三', person: null },
      { id: 'p:b', name: '李四', person: null },
      { id: 'p:c', name: '张三', person: 'p:a' },
    ]);
    expect((await state()).versions).toEqual([]);
    await applySchema(driver);
    expect(await state()).toEqual({
      versions: [MIGRATIONS.length],
      people: [['p:a', 'p:a'], ['p:b', 'p:b'], ['p:c', 'p:a']],
    });
  });

  it('keeps one marker when two processes apply at once on a fresh store', async () => {
    await oldPeople([{ id: 'p:a', name: '张三', person: null }]);
    await Promise.all([applySchema(driver), applySchema(driver)]);
    expect(await state()).toEqual({ versions: [MIGRATIONS.length], people: [['p:a', 'p:a']] });
  });
});
