// The response cache: the graph changes only when articles are loaded, and analysts (and dashboards)
// ask the same questions again and again, so a query's answer is kept and served until the graph
// changes. The key holds the graph's version (a token the loader renews in every write transaction,
// cypher/graph-bump-version.cypher); it is read at most once per `checkMs`, so an ingest by another
// process shows within that time, and at once after this server's own ingestArticles.
//
// Kept: the answer's JSON text (plugins/answers.ts serialized it once), bounded in bytes as well as in
// entries. The envelop response cache this replaces kept result objects counted only by entries (55
// distinct ≈5 MB answers took RSS to 4 GB), and made large answers ≈8× slower: it adds id and typename
// fields to every selection, then walks every answer cloning each object — each nested list twice
// (`removeMetadataFieldsFromResult` recurses into an array once as an array and again as an object),
// so 2^depth times — to track entities for invalidation that the version key makes unneeded.
import { createHash } from 'node:crypto';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Metrics } from './metrics.ts';
import { answerFromText, serializedAnswer } from './plugins/answers.ts';
import { positive } from './plugins/limits.ts';
import type { Store } from './store.ts';

export interface ResponseCacheOptions {
  /** How often, at most, the graph's version is read (ms). */
  checkMs: number;
  /** Answers kept (least recently used go first). */
  maxEntries: number;
  /** Bytes of answers kept (least recently used go first). */
  maxBytes: number;
  /** An answer's lifetime even when the graph does not change (ms): a bound on memory, not on staleness. */
  ttlMs: number;
}

export interface ResponseCache {
  plugin: Plugin;
  /** Forget the known version: the next request reads it again (after this server wrote to the graph). */
  graphChanged(): void;
}

/** The settings from KG_RESPONSE_CACHE (`off` disables it), KG_CACHE_CHECK_MS, KG_CACHE_ENTRIES, KG_CACHE_MAX_BYTES. */
export function responseCacheOptions(env: NodeJS.ProcessEnv = process.env): ResponseCacheOptions | null {
  if (/^(off|0|false|no)$/i.test(env.KG_RESPONSE_CACHE ?? '')) return null;
  return {
    checkMs: positive(env, 'KG_CACHE_CHECK_MS', 1_000),
    maxEntries: positive(env, 'KG_CACHE_ENTRIES', 1_000),
    maxBytes: positive(env, 'KG_CACHE_MAX_BYTES', 200_000_000),
    ttlMs: 10 * 60_000,
  };
}

/** Bytes a string takes in the heap: V8 keeps a string with any character past U+00FF at 2 bytes each. */
function heapBytes(text: string): number {
  return Math.max(1, text.length * 2);
}

export function createResponseCache(store: Store, options: ResponseCacheOptions, metrics?: Metrics): ResponseCache {
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

  const answers = new LRUCache<string, string>({
    max: options.maxEntries,
    maxSize: options.maxBytes,
    sizeCalculation: heapBytes,
    ttl: options.ttlMs,
  });
  const report = () => {
    metrics?.cacheBytes.set(answers.calculatedSize);
    metrics?.cacheEntries.set(answers.size);
  };
  // Each request's key, from its parameters (onParams) to its result (onExecuteDone).
  const keys = new WeakMap<Request, string>();

  const plugin: Plugin = {
    async onParams({ params, request, setResult }) {
      let version: string;
      try {
        version = await graphVersion();
      } catch {
        // Neo4j unreachable: no key, so the request reaches the resolvers and gets their NEO4J_UNAVAILABLE.
        return;
      }
      const key = createHash('sha256')
        .update(JSON.stringify([version, params.query ?? '', params.operationName ?? null, params.variables ?? {}]))
        .digest('base64url');
      const text = answers.get(key);
      if (text !== undefined) {
        metrics?.cacheHits.inc();
        setResult(answerFromText(text));
        return;
      }
      keys.set(request, key);
    },
    onExecute({ args }) {
      const key = keys.get((args.contextValue as { request: Request }).request);
      if (key === undefined || getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      metrics?.cacheMisses.inc();
      return {
        onExecuteDone({ result }) {
          const text = serializedAnswer(result); // answers with errors have none: never kept
          if (text === undefined) return;
          answers.set(key, text);
          report();
        },
      };
    },
  };

  return {
    plugin,
    graphChanged: () => {
      known = null;
    },
  };
}
