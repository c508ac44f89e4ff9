// Prometheus at /metrics: HTTP requests and latency by route, GraphQL errors by code (the registry and
// its instruments are in ../metrics.ts, one per app).
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics.ts';
import { useRoute } from './routes.ts';

/** Paths counted under their own name; every other path is "other" (label values stay few). */
export function useMetrics(metrics: Metrics, routes: (pathname: string) => string, logger: Logger): Plugin[] {
  const started = new WeakMap<Request, { at: number; route: string }>();
  // prom-client's children per label set, kept: `inc(labels)` hashes the labels (sorted keys) on every call.
  const counters = new Map<string, { inc: () => void }>();
  const durations = new Map<string, { observe: (seconds: number) => void }>();
  const countRequest = (method: string, route: string, status: number) => {
    const key = `${method} ${route} ${status}`;
    let child = counters.get(key);
    if (!child) counters.set(key, (child = metrics.httpRequests.labels({ method, route, status: String(status) })));
    child.inc();
  };
  const durationOf = (route: string) => {
    let child = durations.get(route);
    if (!child) durations.set(route, (child = metrics.httpDuration.labels({ route })));
    return child;
  };
  const serve = useRoute(
    (pathname) => pathname === '/metrics',
    async () => new Response(await metrics.registry.metrics(), { headers: { 'content-type': metrics.registry.contentType } }),
    logger,
  );
  const count: Plugin = {
    onRequest({ request, url }) {
      started.set(request, { at: performance.now(), route: routes(url.pathname) });
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      const route = start?.route ?? routes(new URL(request.url).pathname);
      countRequest(request.method, route, response.status);
      durationOf(route).observe(start ? (performance.now() - start.at) / 1000 : 0);
    },
    onExecutionResult({ result }) {
      if (!result || Array.isArray(result) || !('errors' in result) || !result.errors) return;
      for (const error of result.errors) metrics.graphqlErrors.inc({ code: String(error.extensions?.code ?? 'INTERNAL') });
    },
  };
  // Counting first, so the /metrics request itself is counted like any other.
  return [count, serve];
}
