// Executes operations with graphql-jit (through @envelop/graphql-jit): each document is compiled once into
// plain JS functions, kept per document (yoga's parser cache hands the same DocumentNode for the same query
// text), where graphql-js's executor walks the document and builds paths and resolve infos on every request —
// the largest part of our layer's CPU (src/bench/findings.md, item 31). KG_GRAPHQL_JIT=off runs graphql-js.
// Differences from graphql-js, mended here in one place: graphql-jit's field errors carry no nodes, so yoga's
// masking dropped their `locations` (the nodes are found again below from each error's path, so error answers
// are the same text), and an unexpected error has no `extensions` object and none can be assigned (graphql-jit
// defines it read-only), where logging puts the request id: each such error leaves this plugin rebuilt, with
// nodes and its own extensions object. Not mended: with fragments that repeat no field, an object's keys may
// come in another order (same JSON values; tests/integration/api-jit.test.ts). Register this plugin before
// useLogging, whose onExecuteDone then sees the mended errors.
import { useGraphQlJit } from '@envelop/graphql-jit';
import { Kind, type DocumentNode, type ExecutionResult, type FieldNode, type GraphQLError, type SelectionSetNode } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';

/** KG_GRAPHQL_JIT: on unless "off". */
export function jitEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.KG_GRAPHQL_JIT?.trim().toLowerCase() !== 'off';
}

/** The field node a response path names (list indices skipped, fragments followed), if any. */
export function fieldAt(document: DocumentNode, operationName: string | null | undefined, path: readonly (string | number)[]): FieldNode | undefined {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  const find = (set: SelectionSetNode, key: string): FieldNode | undefined => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD && (s.alias ?? s.name).value === key) return s;
      const inner = s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : s.kind === Kind.FRAGMENT_SPREAD ? fragments.get(s.name.value)?.selectionSet : undefined;
      const found = inner && find(inner, key);
      if (found) return found;
    }
    return undefined;
  };
  let set = operation && 'selectionSet' in operation ? operation.selectionSet : undefined;
  let field: FieldNode | undefined;
  for (const key of path) {
    if (typeof key === 'number') continue;
    field = set && find(set, key);
    set = field?.selectionSet;
  }
  return field;
}

/** The errors as graphql-js reports them: each field error with its field's node (yoga's masking takes the
 * answer's `locations` from the nodes, which graphql-jit's errors lack) and an extensions object that can take
 * more keys (the request id). Made by yoga's helper, as apiError. */
export function mendErrors(errors: readonly GraphQLError[], document: DocumentNode, operationName?: string | null): GraphQLError[] {
  return errors.map((error) => {
    const node = !error.nodes && error.path ? fieldAt(document, operationName, error.path) : undefined;
    const writable = error.extensions != null && Object.isExtensible(error.extensions);
    if (!node && writable) return error;
    return createGraphQLError(error.message, {
      nodes: node ?? error.nodes,
      path: error.path,
      originalError: error.originalError,
      extensions: { ...error.extensions },
    });
  });
}

export function useJit(logger: Logger): Plugin {
  const jit = useGraphQlJit(
    {},
    {
      // A document the compiler refuses is answered with its errors (graphql-js's validation runs first, so
      // this is not expected), and logged.
      onError: (result) => logger.warn({ errors: result.errors?.map((e) => e.message) }, 'graphql-jit could not compile a document'),
    },
  ) as Plugin;
  return {
    ...jit,
    onExecute(payload) {
      void jit.onExecute?.(payload);
      const { document, operationName } = payload.args;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const { errors, data, ...rest } = result as ExecutionResult;
          if (!errors?.length) return;
          // graphql-js's key order too: errors before data.
          setResult({ ...rest, errors: mendErrors(errors, document, operationName), data });
        },
      };
    },
  };
}
