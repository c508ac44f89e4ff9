// Limits on the work one request can cause, beside graphql-armor's limits on its shape (depth, aliases,
// tokens): a cost that multiplies by list sizes, refused before anything runs, and a deadline on the
// whole execution. The cap on answer size is in answers.ts, where the answer is serialized.
//
// Why a cost by list sizes: `entity(id: HUB) { relations { to { relations { to { … } } } } }` is ten deep
// at most and has no alias, and graphql-armor's cost (a flat price per field) let it through; every
// `relations` is as long as a node's degree, so four of them from the biggest hub ran the heap out (4.2 GB).
import { createRequire } from 'node:module';
import type { DocumentNode, GraphQLError, GraphQLOutputType, GraphQLSchema } from 'graphql';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import { apiError } from '../errors.ts';
import { MAX_FIRST } from '../paging.ts';

// Loaded as CommonJS, so it uses the graphql instance the schema was built with (@apollo/subgraph is
// CommonJS); a test runner that loads graphql's ESM build for our imports would otherwise see two.
const { getComplexity } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

export interface LimitOptions {
  /** Largest cost (see `fieldCost`) of one operation. */
  maxCost: number;
  /** Whole-execution deadline (ms): past it the answer is a DEADLINE_EXCEEDED error. */
  deadlineMs: number;
  /** Largest answer (UTF-8 bytes of its JSON): past it the answer is an ANSWER_TOO_LARGE error. */
  maxAnswerBytes: number;
  /** Most relationships and articles one request may read (its answer's lists): past it, ANSWER_TOO_LARGE at once. */
  maxListItems: number;
}

/** KG_MAX_COST (default 50 000), KG_REQUEST_DEADLINE_MS (default 20 000), KG_MAX_ANSWER_BYTES (default 32 MB),
 * KG_MAX_ANSWER_ITEMS (default 200 000). */
export function limitOptions(env: NodeJS.ProcessEnv = process.env): LimitOptions {
  return {
    maxCost: positive(env, 'KG_MAX_COST', 50_000),
    deadlineMs: positive(env, 'KG_REQUEST_DEADLINE_MS', 20_000),
    maxAnswerBytes: positive(env, 'KG_MAX_ANSWER_BYTES', 32_000_000),
    maxListItems: positive(env, 'KG_MAX_ANSWER_ITEMS', 200_000),
  };
}

export function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}: "${text}" is not a positive number`);
  return value;
}

/**
 * Assumed lengths of lists that have no `first` (their real length is the data's). A hub's relations run
 * to thousands, so a nested `relations` is priced high; the deadline and the answer cap bound the rest.
 */
const ASSUMED_LENGTH: Record<string, number> = {
  relations: 50,
  attendees: 20,
  participants: 20,
  members: 20,
  articles: 20,
  nodes: 2_000, // Graph.nodes and Graph.edges: graph() draws up to 2 000 nodes
  edges: 2_000,
  pairings: 50,
};
const DEFAULT_LENGTH = 10;

/**
 * The price of one field: leaves (scalars, enums) cost nothing, an object costs 1 plus its selection,
 * and a list costs its length times that — the length is `first` where the field has it (capped as the
 * resolvers cap it), else an assumed length. A connection's `edges` is as long as the connection's `first`.
 */
export function fieldCost({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (isLeaf(field.type)) return 0;
  let length = 1;
  if (typeof args.first === 'number') length = Math.min(Math.max(args.first, 0), MAX_FIRST);
  else if (type.name.endsWith('Connection') && field.name === 'edges') length = 1;
  else if (String(field.type).startsWith('[')) length = ASSUMED_LENGTH[field.name] ?? DEFAULT_LENGTH;
  return length * (1 + childComplexity);
}

/** Scalars and enums (of any list or non-null wrapping): they have `serialize`. Checked by shape, not
 * with graphql's `isLeafType`, whose instanceof fails across two graphql instances. */
function isLeaf(type: GraphQLOutputType): boolean {
  let named: unknown = type;
  while (named && typeof named === 'object' && 'ofType' in named) named = (named as { ofType: unknown }).ofType;
  return typeof (named as { serialize?: unknown } | null)?.serialize === 'function';
}

/**
 * What one request may still read. Resolvers spend it for every list of relationships or articles they get; past the
 * item cap or the deadline it stops the execution (its signal) with a coded error. Checked there rather
 * than by a timer alone: a timer cannot fire while the executor resolves from the loaders' caches, all in
 * microtasks, which is where the hub bomb built its millions of objects.
 */
export class Budget {
  // The AbortController is made only when `signal` is read (for graphql-js's executor; graphql-jit's takes none,
  // see useLimits): one per request was ≈2–3% of our layer's CPU on path (createAbortSignal, src/bench/findings.md item 37).
  #controller: AbortController | null = null;
  #stopped = false;
  #reason: unknown;
  readonly #deadlineAt: number;
  #items = 0;
  constructor(private readonly options: LimitOptions) {
    this.#deadlineAt = performance.now() + options.deadlineMs;
  }
  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#stopped) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }
  /** Why the request was stopped (a coded error of ours, or the upstream reason), if it was. */
  get error(): unknown {
    return this.#stopped ? this.#reason : null;
  }
  spend(items: number): void {
    if (this.#stopped) throw this.#reason;
    this.#items += items;
    if (this.#items > this.options.maxListItems) {
      this.stop(apiError('ANSWER_TOO_LARGE', `the answer would hold more than ${this.options.maxListItems} relationships and articles (KG_MAX_ANSWER_ITEMS): ask for fewer nested lists or smaller pages`));
    } else if (performance.now() > this.#deadlineAt) {
      this.stop(deadlineError(this.options.deadlineMs));
    }
  }
  /** Stops the request with `reason` (the first reason wins; none: an AbortError, as AbortController gives). */
  abort(reason?: unknown): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#reason = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
    this.#controller?.abort(this.#reason);
  }
  stop(error: GraphQLError): never {
    this.abort(error);
    throw this.#reason;
  }
}

function deadlineError(ms: number): GraphQLError {
  return apiError('DEADLINE_EXCEEDED', `the request ran past its deadline of ${ms} ms (KG_REQUEST_DEADLINE_MS) and was stopped`);
}

function tooCostly(cost: number, max: number): GraphQLError {
  return apiError(
    'QUERY_TOO_COSTLY',
    `query cost ${Math.round(cost)} is over the limit of ${max} (lists cost their \`first\` or an assumed length times their fields: ask for smaller pages or fewer nested lists)`,
  );
}

// Costs by document (yoga's parser cache hands the same DocumentNode for the same query text) and
// variables: walking the document took ≈75 µs for a small query, ≈125 µs for a page with nested fields.
const costs = new WeakMap<DocumentNode, Map<string, number>>();
const COSTS_PER_DOCUMENT = 32;

function cachedCost(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown> | null, operationName?: string | null): number {
  // Only numbers can change a cost (`first`): a large variable (an ingest's documents) is never copied into a key.
  const numbers = variables ? Object.entries(variables).filter(([, value]) => typeof value === 'number') : [];
  const key = JSON.stringify([operationName ?? null, numbers]);
  let byVariables = costs.get(document);
  const known = byVariables?.get(key);
  if (known !== undefined) return known;
  const cost = queryCost(schema, document, variables, operationName);
  if (!byVariables) costs.set(document, (byVariables = new Map()));
  if (byVariables.size >= COSTS_PER_DOCUMENT) byVariables.clear(); // variables vary freely: keep a few
  byVariables.set(key, cost);
  return cost;
}

/** The cost of the operation (see `fieldCost`); throws past 10 000 field nodes. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown> | null, operationName?: string | null): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    ...(operationName ? { operationName } : {}),
    estimators: [fieldCost],
  });
}

/** `executorSignal: false` where the executor takes no abort signal (graphql-jit): none is then made per request. */
export function useLimits(options: LimitOptions, { executorSignal = true }: { executorSignal?: boolean } = {}): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let cost: number;
      try {
        cost = cachedCost(args.schema, args.document, args.variableValues, args.operationName);
      } catch (error) {
        // getComplexity gives up (throws) past 10 000 field nodes: far past any real question.
        setResultAndStopExecution({ errors: [apiError('QUERY_TOO_COSTLY', `query refused: ${(error as Error).message}`)] });
        return;
      }
      if (cost > options.maxCost) {
        setResultAndStopExecution({ errors: [tooCostly(cost, options.maxCost)] });
        return;
      }
      // The executor stops resolving fields once the signal fires: at the deadline (a timer, for time spent
      // waiting on Neo4j) or when the budget runs out. Statements in flight end by their own timeout.
      const budget = (args.contextValue as unknown as { budget: Budget }).budget;
      const timer = setTimeout(() => budget.abort(deadlineError(options.deadlineMs)), options.deadlineMs);
      // One signal for the executor: the budget's, which an upstream signal (a client gone) also aborts.
      // (AbortSignal.any would do it in one call, but it cost ≈95 µs per request on Node 20.)
      const mutable = args as { signal?: AbortSignal };
      const upstream = mutable.signal;
      upstream?.addEventListener('abort', () => budget.abort(upstream.reason), { once: true });
      if (executorSignal) mutable.signal = budget.signal;
      return {
        onExecuteDone({ setResult }) {
          clearTimeout(timer);
          const error = budget.error;
          if (error && (error as { extensions?: unknown }).extensions) setResult({ errors: [error] });
        },
      };
    },
  };
}
