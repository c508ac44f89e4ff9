// GraphQL errors with a machine-readable `extensions.code`, and the mapping of Neo4j failures onto them.
import { createGraphQLError, maskError as yogaMaskError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'AMBIGUOUS'
  | 'UNAUTHENTICATED'
  | 'NEO4J_UNAVAILABLE'
  | 'QUERY_TIMEOUT'
  | 'QUERY_TOO_COSTLY'
  | 'DEADLINE_EXCEEDED'
  | 'ANSWER_TOO_LARGE';

// Made by yoga's helper so the class is the one yoga's `graphql` instance knows (a test runner may load
// graphql's ESM build for our code and its CommonJS build for yoga's); otherwise yoga masks the message.
export function apiError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return createGraphQLError(message, { extensions: { ...details, code } });
}

export function badInput(argument: string, reason: string): GraphQLError {
  return apiError('BAD_USER_INPUT', `${argument}: ${reason}`);
}

/** The HTTP status a coded error maps to (for the REST routes). */
export function httpStatus(error: unknown): number {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  switch (code) {
    case 'BAD_USER_INPUT':
    case 'AMBIGUOUS':
      return 400;
    case 'NOT_FOUND':
      return 404;
    case 'UNAUTHENTICATED':
      return 401;
    case 'NEO4J_UNAVAILABLE':
      return 503;
    case 'QUERY_TIMEOUT':
    case 'DEADLINE_EXCEEDED':
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

/**
 * Yoga's masking of unexpected errors ("Unexpected error.", INTERNAL_SERVER_ERROR), never in its
 * development form (which shows the original error and its stack), keeping the request id that the
 * logging plugin put on the error so the client can quote it.
 */
export function maskError(error: unknown, message: string): Error {
  const masked = yogaMaskError(error, message, false);
  const requestId = (error as GraphQLError | null)?.extensions?.requestId;
  if (masked !== error && typeof requestId === 'string') (masked as GraphQLError).extensions.requestId = requestId;
  return masked;
}
