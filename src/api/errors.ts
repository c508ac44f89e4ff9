// GraphQL errors with a machine-readable `extensions.code`, and the mapping of Neo4j failures onto them.
import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'NEO4J_UNAVAILABLE' | 'QUERY_TIMEOUT';

// Made by yoga's helper so the class is the one yoga's `graphql` instance knows (a test runner may load
// graphql's ESM build for our code and its CommonJS build for yoga's); otherwise yoga masks the message.
export function apiError(code: ErrorCode, message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code } });
}

export function badInput(argument: string, reason: string): GraphQLError {
  return apiError('BAD_USER_INPUT', `${argument}: ${reason}`);
}

/** The HTTP status a coded error maps to (for the REST routes). */
export function httpStatus(error: unknown): number {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  switch (code) {
    case 'BAD_USER_INPUT':
      return 400;
    case 'NOT_FOUND':
      return 404;
    case 'UNAUTHENTICATED':
      return 401;
    case 'NEO4J_UNAVAILABLE':
      return 503;
    case 'QUERY_TIMEOUT':
      return 504;
    default:
      return 500;
  }
}

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

/** True for driver errors that mean the database cannot be reached (as opposed to a bad statement). */
export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && unavailableCodes.has(code);
}

export function isTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut');
}
