// readOnce runs the driver with V8's stack capture off (src/graph/cypher.ts, withoutStackCapture: the driver's
// per-Result `new Error('').stack`, source-mapped under tsx, was ≈20% of a path request's Node CPU, findings 43).
// What must hold: answers as before, a Neo4j error still named and coded, and the process's limit given back.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOnce } from '../../src/graph/cypher.ts';
import { testDriver } from './support.ts';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

describe('readOnce without the driver capturing stacks', () => {
  it('answers and gives the stack limit back', async () => {
    const limit = Error.stackTraceLimit;
    const result = await readOnce(driver, 'api-graph-nodes', { limit: neo4j.int(0) });
    expect(result.records).toEqual([]);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('here').stack).toContain('read-once-stack.test');
  });

  it('rejects a bad parameter with the Neo4j error named and coded, and gives the limit back', async () => {
    const limit = Error.stackTraceLimit;
    const failed = await readOnce(driver, 'api-graph-nodes', { limit: 'ten' }).then(
      () => null,
      (error: Error & { code?: string }) => error,
    );
    expect(failed?.name).toBe('Neo4jError');
    expect(failed?.code).toMatch(/^Neo\.ClientError\./);
    expect(failed?.message).toMatch(/limit|LIMIT|integer|String/);
    // No caller's frames: the stack the driver gives its errors was captured with the limit at 0.
    expect(failed?.stack).not.toContain('read-once-stack.test');
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
