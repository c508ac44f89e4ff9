// /healthz (the process answers) and /readyz (Neo4j reachable and the schema applied), as exact-path routes.
// Yoga's `healthCheckEndpoint` and `useReadinessCheck` are not used: they match any URL that ends with the path
// (so `/healthz?probe=x` missed and `/x/healthz` matched), and the readiness plugin tests every request's URL
// against a URLPattern (the polyfill's matcher, twice per GraphQL request: ≈2% of our layer's CPU,
// src/bench/findings.md item 34).
import type { Logger } from 'pino';
import type { Plugin } from 'graphql-yoga';
import type { Store } from '../store.ts';
import { json, useRoute } from './routes.ts';

export function useHealth(store: Store, logger: Logger): Plugin[] {
  return [
    useRoute((path) => path === '/healthz', () => json({ status: 'ok' }), logger),
    useRoute(
      (path) => path === '/readyz',
      async () => {
        const { ready, reason } = await store.ready();
        return json(ready ? { status: 'ready' } : { status: 'not ready', reason }, ready ? 200 : 503);
      },
      logger,
    ),
  ];
}
