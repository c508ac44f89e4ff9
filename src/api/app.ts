// createApp: the whole HTTP service around one Neo4j driver — GraphQL (and the GraphiQL playground) at
// /graphql, /healthz, /readyz, /metrics and the graph exports. `app.yoga` is both a fetch handler
// (`app.yoga.fetch`, for in-process use) and a Node request listener (`http.createServer(app.yoga)`).
import { createHash, timingSafeEqual } from 'node:crypto';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, type Plugin, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { pino, type Logger } from 'pino';
import { bodyLimit } from './body-limit.ts';
import { createResponseCache, type ResponseCacheOptions } from './cache.ts';
import type { ApiContext, Ingest } from './context.ts';
import { defaultIngest } from './ingest.ts';
import { createLoaders } from './loaders.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { EXPLORER_PATH, explorerPlugin } from './plugins/explorer.ts';
import { EXPORT_ROUTES, exportsPlugin } from './plugins/exports.ts';
import { ASSET_PREFIX, graphiqlOptions, playgroundAsset, renderPlayground } from './playground.ts';
import { buildSchema } from './schema.ts';
import { Store } from './store.ts';

export interface AppOptions {
  driver: Driver;
  /** Bearer token that allows ingestArticles; without one, writes are refused. Default KG_API_TOKEN. */
  apiToken?: string;
  /** Default: JSON lines on stdout (pino), level LOG_LEVEL or info. */
  logger?: Logger;
  /** Extract and load documents; default the real extractor and loader. */
  ingest?: Ingest;
  /** Server-side timeout of every API statement (default KG_QUERY_TIMEOUT_MS or 10 000 ms). */
  queryTimeoutMs?: number;
  /** Largest export (nodes); default 100 000. */
  maxExportNodes?: number;
  /** Largest request body (bytes), e.g. an ingestArticles batch; default 25 000 000. */
  maxRequestBytes?: number;
  /** Keep answers until the graph changes (src/api/cache.ts); default none. `kg serve` turns it on. */
  responseCache?: ResponseCacheOptions | null;
}

export interface App {
  yoga: YogaServerInstance<Record<string, unknown>, ApiContext>;
  store: Store;
  metrics: Metrics;
  logger: Logger;
  /** Releases what the app holds (not the driver, which belongs to the caller). */
  close(): void;
}

/** Limits on query shape: a 12-deep query, alias floods and huge documents are refused before running. */
const armor = EnvelopArmorPlugin({
  maxDepth: { n: 10, exposeLimits: true },
  maxAliases: { n: 15, exposeLimits: true },
  maxTokens: { n: 1_000, exposeLimits: true },
  maxDirectives: { n: 10, exposeLimits: true },
  costLimit: { maxCost: 5_000, exposeLimits: true },
});

const routes = ['/graphql', '/healthz', '/readyz', '/metrics', EXPLORER_PATH, ...EXPORT_ROUTES];

/** Why a request may not write, or null when it carries the configured token. */
export function writeRefusal(apiToken: string | undefined, authorization: string | null): string | null {
  if (!apiToken) return 'writes are disabled because the server has no KG_API_TOKEN configured';
  if (!authorization) return 'missing "Authorization: Bearer <token>" header';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return 'the Authorization header is not "Bearer <token>"';
  // Digests have equal lengths, so the comparison takes the same time whatever the guess.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(match[1] as string), digest(apiToken)) ? null : 'invalid bearer token';
}

function yogaLogger(logger: Logger): YogaLogger {
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) =>
    logger[level]({ args: args.slice(1) }, String(args[0]));
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

export function createApp(options: AppOptions): App {
  const logger = options.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const apiToken = options.apiToken ?? process.env.KG_API_TOKEN;
  const store = new Store(options.driver, {
    queryTimeoutMs: options.queryTimeoutMs ?? (Number(process.env.KG_QUERY_TIMEOUT_MS) || 10_000),
  });
  const cache = options.responseCache ? createResponseCache(store, options.responseCache) : null;
  const writeDocuments = options.ingest ?? defaultIngest(options.driver);
  const ingest: Ingest = async (documents) => {
    try {
      return await writeDocuments(documents);
    } finally {
      cache?.graphChanged(); // even a failed ingest may have written some transactions
    }
  };
  const maxExportNodes = options.maxExportNodes ?? 100_000;
  const metrics = createMetrics();

  // When and where each request began (the URL as yoga parsed it: parsing it again per response showed up).
  const started = new WeakMap<Request, { at: number; path: string }>();
  const operations: Plugin<ApiContext> = {
    async onRequest({ request, url, endResponse }) {
      started.set(request, { at: performance.now(), path: url.pathname });
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === '/healthz') return endResponse(json({ status: 'ok' }));
      if (url.pathname === '/readyz') {
        const { ready, reason } = await store.ready();
        return endResponse(json(ready ? { status: 'ready' } : { status: 'not ready', reason }, ready ? 200 : 503));
      }
      if (url.pathname === '/metrics') {
        return endResponse(
          new Response(await metrics.registry.metrics(), { headers: { 'content-type': metrics.registry.contentType } }),
        );
      }
      if (url.pathname.startsWith(ASSET_PREFIX)) {
        const asset = await playgroundAsset(url.pathname);
        if (asset) return endResponse(asset);
      }
      if (url.pathname === '/') return endResponse(Response.redirect(new URL('/graphql', url), 302));
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      const path = start?.path ?? new URL(request.url).pathname;
      const route = routes.includes(path) ? path : path.startsWith(ASSET_PREFIX) ? ASSET_PREFIX : 'other';
      const ms = start ? performance.now() - start.at : 0;
      metrics.httpRequests.inc({ method: request.method, route, status: String(response.status) });
      metrics.httpDuration.observe({ route }, ms / 1000);
      logger.info({ method: request.method, path, status: response.status, ms: Math.round(ms) }, 'request');
    },
    onExecutionResult({ result }) {
      if (!result || Array.isArray(result) || !('errors' in result) || !result.errors) return;
      for (const error of result.errors) metrics.graphqlErrors.inc({ code: String(error.extensions?.code ?? 'INTERNAL') });
    },
  };

  const yoga = createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: graphiqlOptions,
    renderGraphiQL: renderPlayground,
    landingPage: false,
    maxRequestBodySize: false, // bodyLimit below does it for a fraction of the CPU
    logging: yogaLogger(logger),
    context: ({ request }) => ({
      store,
      loaders: createLoaders(store),
      ingest,
      writeRefusal: writeRefusal(apiToken, request.headers.get('authorization')),
    }),
    plugins: [armor, operations, exportsPlugin({ store, logger, maxExportNodes }), explorerPlugin(), bodyLimit(options.maxRequestBytes ?? 25_000_000), ...(cache ? [cache.plugin] : [])],
  });

  return { yoga, store, metrics, logger, close: () => metrics.close() };
}
