// A plain HTTP route beside GraphQL, as a plugin. Whatever the handler throws becomes a coded JSON error:
// thrown further, whatwg-node would answer 500 with the error's stack (absolute paths) as the body.
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { httpStatus } from '../errors.ts';
import { requestIdOf } from './request-ids.ts';

export type RouteHandler = (url: URL, request: Request) => Response | null | Promise<Response | null>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

/** The response for an error out of a route: coded errors say what went wrong; anything else is logged. */
export function errorResponse(error: unknown, request: Request, logger: Logger): Response {
  const status = httpStatus(error);
  const requestId = requestIdOf(request);
  if (status !== 500) return json({ error: (error as Error).message, code: codeOf(error), requestId }, status);
  logger.error({ err: error, requestId, path: new URL(request.url).pathname }, 'unexpected error');
  return json({ error: 'internal error (logged on the server)', code: 'INTERNAL_SERVER_ERROR', requestId }, 500);
}

function codeOf(error: unknown): string {
  return String((error as { extensions?: { code?: unknown } }).extensions?.code ?? 'INTERNAL_SERVER_ERROR');
}

/** GET or HEAD: the methods a route answers (every other request passes on). */
export function isRead(request: Request): boolean {
  return request.method === 'GET' || request.method === 'HEAD';
}

/**
 * GET/HEAD requests whose path `matches` go to `handler`; a null answer passes the request on.
 * A request that is not the route's returns at once, without a promise: yoga runs every plugin's onRequest
 * for each GraphQL request, and an async hook costs a promise and a microtask turn each (item 34).
 */
export function useRoute(matches: (pathname: string) => boolean, handler: RouteHandler, logger: Logger): Plugin {
  const answer = async (url: URL, request: Request, endResponse: (response: Response) => void) => {
    try {
      const response = await handler(url, request);
      if (response) endResponse(response);
    } catch (error) {
      endResponse(errorResponse(error, request, logger));
    }
  };
  return {
    onRequest({ request, url, endResponse }) {
      if (!isRead(request) || !matches(url.pathname)) return;
      return answer(url, request, endResponse);
    },
  };
}
