// The response cache: the graph changes only when articles are loaded, and analysts (and dashboards)
// ask the same questions again and again, so a query's answer is kept and served until the graph
// changes. The key holds the graph's version (a token the loader renews in every write transaction,
// cypher/graph-bump-version.cypher); it is read at most once per `checkMs`, so an ingest by another
// process shows within that time, and at once after this server's own ingestArticles.
import { createInMemoryCache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { Store } from './store.ts';

export interface ResponseCacheOptions {
  /** How often, at most, the graph's version is read (ms). */
  checkMs: number;
  /** Answers kept (least recently used go first). */
  maxEntries: number;
  /** An answer's lifetime even when the graph does not change (ms): a bound on memory, not on staleness. */
  ttlMs: number;
}

export interface ResponseCache {
  plugin: Plugin;
  /** Forget the known version: the next request reads it again (after this server wrote to the graph). */
  graphChanged(): void;
}

/** The settings from KG_RESPONSE_CACHE (`off` disables it), KG_CACHE_CHECK_MS, KG_CACHE_ENTRIES. */
export function responseCacheOptions(env: NodeJS.ProcessEnv = process.env): ResponseCacheOptions | null {
  if (/^(off|0|false|no)$/i.test(env.KG_RESPONSE_CACHE ?? '')) return null;
  return {
    checkMs: Number(env.KG_CACHE_CHECK_MS) || 1_000,
    maxEntries: Number(env.KG_CACHE_ENTRIES) || 1_000,
    ttlMs: 10 * 60_000,
  };
}

export function createResponseCache(store: Store, options: ResponseCacheOptions): ResponseCache {
  let known: { version: string; at: number } | null = null;
  let reading: Promise<string> | null = null;

  /** The graph's version, read once per `checkMs` whatever the number of requests in between. */
  async function graphVersion(): Promise<string> {
    if (known && performance.now() - known.at < options.checkMs) return known.version;
    reading ??= store
      .graphVersion()
      .then((version) => {
        known = { version: version ?? 'empty', at: performance.now() };
        return known.version;
      })
      .finally(() => {
        reading = null;
      });
    return reading;
  }

  const plugin = useResponseCache({
    session: () => null, // every reader sees the same graph: one cache for all
    cache: createInMemoryCache({ max: options.maxEntries }),
    ttl: options.ttlMs,
    invalidateViaMutation: false, // the version in the key does it, for writes from any process
    buildResponseCacheKey: async ({ documentString, variableValues, operationName }) => {
      let version: string;
      try {
        version = await graphVersion();
      } catch {
        // Neo4j unreachable: a key no answer is stored under, so the request reaches the resolvers and
        // gets their NEO4J_UNAVAILABLE (answers with errors are never cached).
        version = `unknown:${Math.random()}`;
      }
      return hashSHA256(JSON.stringify([version, documentString, operationName ?? null, variableValues ?? {}]));
    },
  }) as Plugin;

  return {
    plugin,
    graphChanged: () => {
      known = null;
    },
  };
}
