// The API's only door to Neo4j: named api-*.cypher statements, each one auto-commit read, their records
// turned into plain objects, and driver failures turned into coded GraphQL errors. While Neo4j is
// known to be down, calls fail at once after a cheap connectivity probe (at most one per
// `probeIntervalMs`), and the first successful probe lets traffic through again.
// The statements themselves are split by concern: lookups by id (store-lookups.ts), questions (store.ts).
import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { readOnce } from '../graph/cypher.ts';
import { apiError, isTimeout, isUnavailable } from './errors.ts';

export interface StoreOptions {
  /** Server-side transaction timeout for every API statement. */
  queryTimeoutMs?: number;
  /** How often, at most, a request may probe a Neo4j known to be down. */
  probeIntervalMs?: number;
}

export type Props = Record<string, unknown>;

/** Numeric parameters here are all counts (limit, skip, first), which Cypher wants as integers, not floats. */
function integerCounts(params: Props): Props {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'number' ? neo4j.int(value) : value]),
  );
}

export class StoreConnection {
  private down = false;
  private lastProbe = 0;
  private probing: Promise<boolean> | null = null;
  private readonly queryTimeoutMs: number;
  private readonly probeIntervalMs: number;
  private readonly recovered = new Set<() => void>();
  /** Set while the statements are warmed (store-warmup.ts): /readyz answers not ready, saying how far it got. */
  warming: { done: number; total: number } | null = null;

  constructor(
    readonly driver: Driver,
    options: StoreOptions = {},
  ) {
    this.queryTimeoutMs = options.queryTimeoutMs ?? 10_000;
    this.probeIntervalMs = options.probeIntervalMs ?? 1_000;
  }

  /**
   * This store with another statement timeout, for the calls made through the returned view only (the warm-up's: a
   * first plan under load took up to 32 s, past the 10 s a request may wait, and a statement stopped while planning
   * leaves no plan). A view, not an AsyncLocalStorage scope: one scope entered once turns on Node's promise hooks
   * for every promise the process makes after it, which cost path 13% of its throughput (findings 49). What the
   * view learns (Neo4j found down) stays in the view; requests find it out through the store itself.
   */
  withTimeout(timeoutMs: number): this {
    return Object.create(this, { queryTimeoutMs: { value: timeoutMs } }) as this;
  }

  /** Whether the last contact with Neo4j failed for want of a connection. */
  get unavailable(): boolean {
    return this.down;
  }

  /** Calls `fn` each time Neo4j answers again after it was found unreachable; returns its removal. */
  onRecovered(fn: () => void): () => void {
    this.recovered.add(fn);
    return () => this.recovered.delete(fn);
  }

  private async probe(): Promise<boolean> {
    if (this.probing) return this.probing;
    if (Date.now() - this.lastProbe < this.probeIntervalMs) return !this.down;
    this.lastProbe = Date.now();
    this.probing = this.driver
      .verifyConnectivity()
      .then(
        () => true,
        () => false,
      )
      .then((up) => {
        const recovered = up && this.down;
        this.down = !up;
        if (recovered) for (const fn of this.recovered) fn();
        this.probing = null;
        return up;
      });
    return this.probing;
  }

  private async run<R extends RecordShape = Props>(name: string, params: Props): Promise<QueryResult<R>> {
    if (this.down && !(await this.probe())) {
      throw apiError('NEO4J_UNAVAILABLE', 'Neo4j is unavailable (the last connection attempt failed); retry shortly');
    }
    try {
      return await readOnce<R>(this.driver, name, integerCounts(params), { timeoutMs: this.queryTimeoutMs });
    } catch (error) {
      if (isUnavailable(error)) {
        this.down = true;
        this.lastProbe = Date.now();
        throw apiError('NEO4J_UNAVAILABLE', `Neo4j is unavailable: ${(error as Error).message}`);
      }
      if (isTimeout(error)) {
        throw apiError('QUERY_TIMEOUT', `the query ran longer than ${this.queryTimeoutMs} ms and was stopped`);
      }
      throw error;
    }
  }

  protected async rows(name: string, params: Props): Promise<Props[]> {
    const result = await this.run(name, params);
    return result.records.map((record) => record.toObject() as Props);
  }

  /** Neo4j reachable and the schema applied (the full-text index online). */
  async ready(): Promise<{ ready: boolean; reason?: string }> {
    try {
      const rows = await this.rows('api-ready', {});
      const state = rows[0]?.state;
      if (state === 'ONLINE') {
        return this.warming ? { ready: false, reason: `warming statements: ${this.warming.done} of ${this.warming.total}` } : { ready: true };
      }
      return { ready: false, reason: state ? `full-text index entityNames is ${String(state)}` : 'schema not applied (no entityNames index)' };
    } catch (error) {
      return { ready: false, reason: (error as Error).message };
    }
  }

  /** The graph's version token (null before anything was loaded): it changes with every write. */
  async graphVersion(): Promise<string | null> {
    const [row] = await this.rows('api-graph-version', {});
    return typeof row?.version === 'string' ? row.version : null;
  }
}
