// One JSON log line per request (method, path, status, ms, request id), and every unexpected error
// logged whole with its request id: the client sees only a coded error and that id (errors.ts).
import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
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
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors) return;
          let rebuilt = false;
          const errors = (result.errors as GraphQLError[]).map((error) => {
            if (!isUnexpected(error)) return error;
            const requestId = requestIdOf(request);
            logger.error({ err: error.originalError, requestId, path: error.path }, 'unexpected error');
            if (error.extensions) {
              (error.extensions as Record<string, unknown>).requestId = requestId;
              return error;
            }
            // graphql-jit's field errors carry no extensions object, and theirs cannot be assigned: a new error.
            rebuilt = true;
            return createGraphQLError(error.message, { nodes: error.nodes, path: error.path, originalError: error.originalError, extensions: { requestId } });
          });
          if (rebuilt) setResult({ ...result, errors });
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
