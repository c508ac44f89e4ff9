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
import { maskError } from './errors.ts';
import { defaultIngest } from './ingest.ts';
import { createLoaders } from './loaders.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { ASSET_PREFIX, graphiqlOptions, playgroundAsset, renderPlayground } from './playground.ts';
import { EXPLORER_ASSETS, EXPLORER_PATH, explorerPlugin } from './plugins/explorer.ts';
import { EXPORT_ROUTES, exportsPlugin } from './plugins/exports.ts';
import { useAnswers } from './plugins/answers.ts';
import { corsOptions, corsOrigins } from './plugins/cors.ts';
import { useHealth } from './plugins/health.ts';
import { jitEnabled, useJit } from './plugins/jit.ts';
import { Budget, limitOptions, useLimits, type LimitOptions } from './plugins/limits.ts';
import { useLogging } from './plugins/logging.ts';
import { useMetrics } from './plugins/metrics.ts';
import { useParseErrors } from './plugins/parse-errors.ts';
import { useRequestIds } from './plugins/request-ids.ts';
import { useRoute } from './plugins/routes.ts';
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
  /** Cost, deadline and answer-size limits; default from the environment (plugins/limits.ts). */
  limits?: Partial<LimitOptions>;
  /** Origins granted CORS; default KG_CORS_ORIGINS (none: no grant). */
  corsOrigins?: string[];
  /** Execute with graphql-jit (plugins/jit.ts); default KG_GRAPHQL_JIT (on unless "off"). */
  jit?: boolean;
  /** Only these of our parts on yoga's defaults (the per-part CPU table of src/bench/graphql-cpu.ts --parts); default all. */
  parts?: readonly AppPart[];
}

/** Our parts of the request pipeline, each measured alone by src/bench/graphql-cpu.ts --parts ("options": our
 * yoga options — GraphiQL, masking, CORS, logger, no landing page, yoga's body limit off). */
export const APP_PARTS = ['options', 'requestIds', 'jit', 'logging', 'metrics', 'health', 'exports', 'explorer', 'playground',
  'parseErrors', 'bodyLimit', 'armor', 'limits', 'answers'] as const;
export type AppPart = (typeof APP_PARTS)[number];

export interface App {
  yoga: YogaServerInstance<Record<string, unknown>, ApiContext>;
  store: Store;
  metrics: Metrics;
  logger: Logger;
  /** Releases what the app holds (not the driver, which belongs to the caller). */
  close(): void;
}

/** Limits on query shape: a 12-deep query, alias floods and huge documents are refused before running.
 * Cost is priced by plugins/limits.ts, which multiplies by list sizes (armor's flat price per field
 * refused real questions and let the hub bomb through). */
const armor = EnvelopArmorPlugin({
  maxDepth: { n: 10, exposeLimits: true },
  maxAliases: { n: 15, exposeLimits: true },
  maxTokens: { n: 1_000, exposeLimits: true },
  maxDirectives: { n: 10, exposeLimits: true },
  costLimit: { enabled: false },
});

const ROUTES = ['/graphql', '/healthz', '/readyz', '/metrics', EXPLORER_PATH, ...EXPORT_ROUTES];

/** The route label of a path in the metrics (a few fixed values, never the raw path). */
function routeOf(path: string): string {
  if (ROUTES.includes(path)) return path;
  if (path.startsWith(EXPLORER_ASSETS)) return EXPLORER_ASSETS;
  return path.startsWith(ASSET_PREFIX) ? ASSET_PREFIX : 'other';
}

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

/** The playground's assets and `/` → `/graphql`. */
function playgroundRoutes(logger: Logger): Plugin[] {
  return [
    useRoute((path) => path.startsWith(ASSET_PREFIX), (url) => playgroundAsset(url.pathname), logger),
    useRoute((path) => path === '/', (url) => Response.redirect(new URL('/graphql', url), 302), logger),
  ];
}

function yogaLogger(logger: Logger): YogaLogger {
  // Yoga logs a few debug lines per request: below the logger's level they cost one check, not an object each.
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    if (logger.isLevelEnabled(level)) logger[level]({ args: args.slice(1) }, String(args[0]));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export function createApp(options: AppOptions): App {
  const logger = options.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const apiToken = options.apiToken ?? process.env.KG_API_TOKEN;
  const store = new Store(options.driver, {
    queryTimeoutMs: options.queryTimeoutMs ?? (Number(process.env.KG_QUERY_TIMEOUT_MS) || 10_000),
  });
  const metrics = createMetrics();
  const cache = options.responseCache ? createResponseCache(store, options.responseCache, metrics) : null;
  const writeDocuments = options.ingest ?? defaultIngest(options.driver);
  const ingest: Ingest = async (documents, opts) => {
    try {
      return await writeDocuments(documents, opts);
    } finally {
      cache?.graphChanged(); // even a failed ingest may have written some transactions
    }
  };
  const limits = { ...limitOptions(), ...options.limits };
  const chosen = new Set<AppPart>(options.parts ?? APP_PARTS);
  const jit = (options.jit ?? jitEnabled()) && chosen.has('jit');

  // Plugins of several context types, as the plugins array takes them.
  const parts: Record<AppPart, Plugin<any>[]> = {
    options: [],
    requestIds: [useRequestIds()],
    // graphql-jit's errors are mended (nodes, an extensions object) before logging adds the request id to them.
    jit: jit ? [useJit(logger)] : [],
    logging: [useLogging(logger)],
    metrics: useMetrics(metrics, routeOf, logger),
    health: useHealth(store, logger),
    exports: [exportsPlugin({ store, logger, maxExportNodes: options.maxExportNodes ?? 100_000 })],
    explorer: [explorerPlugin()],
    playground: playgroundRoutes(logger),
    parseErrors: [useParseErrors()],
    bodyLimit: [bodyLimit(options.maxRequestBytes ?? 25_000_000)],
    armor: [armor],
    limits: [useLimits(limits, { executorSignal: !jit })],
    answers: [useAnswers(limits.maxAnswerBytes)],
  };
  const ourOptions = chosen.has('options')
    ? {
        graphiql: graphiqlOptions,
        renderGraphiQL: renderPlayground,
        landingPage: false,
        maxRequestBodySize: false as const, // bodyLimit below does it for a fraction of the CPU
        logging: yogaLogger(logger),
        maskedErrors: { maskError },
        cors: corsOptions(options.corsOrigins ?? corsOrigins()),
      }
    : {};

  const yoga = createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    ...ourOptions,
    context: ({ request }) => ({
      store,
      loaders: createLoaders(store),
      ingest,
      writeRefusal: writeRefusal(apiToken, request.headers.get('authorization')),
      budget: new Budget(limits),
    }),
    plugins: [...APP_PARTS.flatMap((part) => (chosen.has(part) ? parts[part] : [])), ...(cache ? [cache.plugin] : [])],
  });

  return { yoga, store, metrics, logger, close: () => metrics.close() };
}
