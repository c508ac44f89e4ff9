// StoreConnection.withTimeout (src/api/store-connection.ts): a view of the store whose statements carry another
// server-side timeout (the warm-up's), while the store itself keeps its own. A driver that records what each
// statement was sent with stands in for Neo4j: the timeout is a parameter of session.run, nothing else.
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { StoreConnection } from '../../src/api/store-connection.ts';

function recordingDriver(answer: () => Promise<unknown> = async () => ({ records: [] })) {
  const timeouts: (number | undefined)[] = [];
  const driver = {
    session: () => ({
      run: (_text: string, _params: unknown, config?: { timeout?: number }) => (timeouts.push(config?.timeout), answer()),
      close: async () => {},
    }),
  } as unknown as Driver;
  return { driver, timeouts };
}

describe('StoreConnection.withTimeout', () => {
  it('runs the view’s statements with its timeout and the store’s with the store’s own', async () => {
    const { driver, timeouts } = recordingDriver();
    const store = new StoreConnection(driver, { queryTimeoutMs: 10_000 });
    const warm = store.withTimeout(120_000);
    await warm.graphVersion();
    await store.graphVersion();
    await warm.graphVersion();
    expect(timeouts).toEqual([120_000, 10_000, 120_000]);
  });

  it('names the view’s timeout when a statement runs past it', async () => {
    const stopped = Object.assign(new Error('stopped'), { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' });
    const { driver } = recordingDriver(async () => Promise.reject(stopped));
    const store = new StoreConnection(driver, { queryTimeoutMs: 10_000 });
    await expect(store.withTimeout(2_500).graphVersion()).rejects.toThrow('the query ran longer than 2500 ms and was stopped');
    await expect(store.graphVersion()).rejects.toThrow('the query ran longer than 10000 ms and was stopped');
  });
});
