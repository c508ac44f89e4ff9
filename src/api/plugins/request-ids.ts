// Every request gets an id, sent back in `x-request-id` and carried by its log lines and by any
// unexpected error shown to the client, so a client's report leads to the server's log entry.
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

const ids = new WeakMap<Request, string>();

/** The id of `request` (made on first ask, so it exists even for requests no plugin saw start). */
export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    id = randomUUID();
    ids.set(request, id);
  }
  return id;
}

export function useRequestIds(): Plugin {
  return {
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestIdOf(request));
    },
  };
}
