// One JSON log line per request (method, path, status, ms, request id), and every unexpected error
// logged whole with its request id: the client sees only a coded error and that id (errors.ts).
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { requestIdOf } from './request-ids.ts';

/** An error that no code of ours raised on purpose: it has an original error without a GraphQL code. */
function isUnexpected(error: GraphQLError): boolean {
  const original = error.originalError as { extensions?: unknown } | undefined;
  return original != null && original.extensions === undefined;
}

export function useLogging(logger: Logger): Plugin<{ request: Request }> {
  // When and where each request began (the URL as yoga parsed it: parsing it again per response showed up).
  const started = new WeakMap<Request, { at: number; path: string }>();
  return {
    onRequest({ request, url }) {
      started.set(request, { at: performance.now(), path: url.pathname });
    },
    onExecute({ args }) {
      const request = args.contextValue.request;
      return {
        // Runs before yoga masks the errors (plugins' hooks run in order; masking is yoga's last plugin).
        // Every error here has an extensions object that takes a key: graphql-js's do, and plugins/jit.ts (registered
        // before this plugin) gives graphql-jit's one.
        onExecuteDone({ result }) {
          if (!('errors' in result) || !result.errors) return;
          for (const error of result.errors as GraphQLError[]) {
            if (!isUnexpected(error)) continue;
            const requestId = requestIdOf(request);
            logger.error({ err: error.originalError, requestId, path: error.path }, 'unexpected error');
            (error.extensions as Record<string, unknown>).requestId = requestId;
          }
        },
      };
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      const ms = start ? Math.round(performance.now() - start.at) : 0;
      const path = start?.path ?? new URL(request.url).pathname;
      logger.info({ method: request.method, path, status: response.status, ms, requestId: requestIdOf(request) }, 'request');
    },
  };
}
