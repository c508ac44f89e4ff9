// /healthz (the process answers) and /readyz (Neo4j reachable and the schema applied), through yoga's
// readiness plugin. Yoga's `healthCheckEndpoint` is not used for /healthz: it matches any URL that ends
// with the path (so `/healthz?probe=x` missed and `/x/healthz` matched) and answers an empty body.
import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { Store } from '../store.ts';
import { json } from './routes.ts';

export function useHealth(store: Store): Plugin[] {
  return [
    useReadinessCheck({ endpoint: '/healthz', check: () => json({ status: 'ok' }) }),
    useReadinessCheck({
      endpoint: '/readyz',
      check: async () => {
        const { ready, reason } = await store.ready();
        return json(ready ? { status: 'ready' } : { status: 'not ready', reason }, ready ? 200 : 503);
      },
    }),
  ];
}
