// keepWarm (src/api/store-warmup.ts) without Neo4j: a store whose every question answers at once. It warms at
// start and again each time the store finds Neo4j back, logs how long each took, and KG_WARMUP_TIMEOUT_MS is
// checked. (The statements' real warm-up runs against Neo4j in tests/integration/statement-warmup.test.ts.)
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/api/store.ts';
import { keepWarm, WARM_CALLS, warmupTimeoutMs } from '../../src/api/store-warmup.ts';

function fakeStore() {
  const recovered: (() => void)[] = [];
  const state = { calls: 0, warming: null as unknown };
  const store = new Proxy(state, {
    get(target, key) {
      if (key === 'warming') return target.warming;
      if (key === 'withTimeout') return () => store;
      if (key === 'onRecovered') return (fn: () => void) => (recovered.push(fn), () => {});
      return async () => void target.calls++;
    },
    set(target, key, value) {
      if (key === 'warming') target.warming = value;
      return true;
    },
  }) as unknown as Store;
  return { store, state, recover: () => recovered.forEach((fn) => fn()) };
}

function lines() {
  const logged: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
  return { logger, logged };
}

const settle = async (logged: unknown[], count: number) => {
  for (let i = 0; i < 100 && logged.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('keepWarm', () => {
  it('warms at start and again when Neo4j is back, with a log line each time', async () => {
    const { store, state, recover } = fakeStore();
    const { logger, logged } = lines();
    keepWarm(store, logger, { timeoutMs: 60_000 });
    await settle(logged, 1);
    expect(state.calls).toBe(WARM_CALLS.length);
    expect(logged[0]).toMatchObject({ why: 'start', done: WARM_CALLS.length, total: WARM_CALLS.length, timedOut: false });
    expect(logged[0]!.msg).toMatch(new RegExp(`^statements warmed: ${WARM_CALLS.length} calls in \\d+ ms$`));
    expect(state.warming).toBeNull();
    recover();
    expect(state.warming).toBeNull(); // the server stays ready while it warms again after an outage
    await settle(logged, 2);
    expect(state.calls).toBe(2 * WARM_CALLS.length);
    expect(logged[1]).toMatchObject({ why: 'Neo4j reachable again', done: WARM_CALLS.length });
  });

  it('does nothing with KG_WARMUP_TIMEOUT_MS=0', async () => {
    const { store, state } = fakeStore();
    keepWarm(store, lines().logger, { timeoutMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state.calls).toBe(0);
  });

  it('reads KG_WARMUP_TIMEOUT_MS, refusing what is not a number of milliseconds', () => {
    expect(warmupTimeoutMs({})).toBe(120_000);
    expect(warmupTimeoutMs({ KG_WARMUP_TIMEOUT_MS: '5000' })).toBe(5_000);
    expect(() => warmupTimeoutMs({ KG_WARMUP_TIMEOUT_MS: 'soon' })).toThrow('KG_WARMUP_TIMEOUT_MS: "soon" is not a number of milliseconds');
  });
});
