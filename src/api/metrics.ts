// Prometheus metrics (one registry per app, so several apps in one process do not collide):
// HTTP requests and latency, GraphQL errors by code, every named Cypher statement run, and the response
// cache's hits, misses and bytes.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { observeStatements } from '../graph/cypher.ts';

export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'route'>;
  graphqlErrors: Counter<'code'>;
  cacheHits: Counter;
  cacheMisses: Counter;
  /** Bytes of answers the response cache holds (their heap size), and how many. */
  cacheBytes: Gauge;
  cacheEntries: Gauge;
  /** Stops counting Cypher statements. */
  close: () => void;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpRequests = new Counter({
    name: 'kg_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'kg_http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: 'kg_graphql_errors_total',
    help: 'GraphQL errors by extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const statements = new Counter({
    name: 'kg_cypher_statements_total',
    help: 'Named Cypher statements run, by file name',
    labelNames: ['statement'] as const,
    registers: [registry],
  });
  const statementDuration = new Histogram({
    name: 'kg_cypher_statement_duration_seconds',
    help: 'Named Cypher statement latency, by file name',
    labelNames: ['statement'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [registry],
  });
  const cacheHits = new Counter({ name: 'kg_response_cache_hits_total', help: 'Queries answered from the response cache', registers: [registry] });
  const cacheMisses = new Counter({
    name: 'kg_response_cache_misses_total',
    help: 'Queries the response cache could not answer (they ran)',
    registers: [registry],
  });
  const cacheBytes = new Gauge({ name: 'kg_response_cache_bytes', help: 'Heap bytes of the answers in the response cache', registers: [registry] });
  const cacheEntries = new Gauge({ name: 'kg_response_cache_entries', help: 'Answers in the response cache', registers: [registry] });
  const close = observeStatements((name, ms) => {
    statements.inc({ statement: name });
    statementDuration.observe({ statement: name }, ms / 1000);
  });
  return { registry, httpRequests, httpDuration, graphqlErrors, cacheHits, cacheMisses, cacheBytes, cacheEntries, close };
}
