// Relay-style connections over offsets; `first` is capped so no request can ask for unbounded lists.
import { badInput } from './errors.ts';

export const MAX_FIRST = 100;
/** The deepest offset a cursor may name: past it Neo4j's SKIP overflows ("long overflow") or scans for long. */
export const MAX_OFFSET = 1_000_000;

/** A validated page size: at most MAX_FIRST (larger requests are capped, not refused). */
export function pageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0) throw badInput('first', `must be a non-negative integer (got ${size})`);
  return Math.min(size, MAX_FIRST);
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

/** The offset just past `after` (0 when absent). */
export function decodeCursor(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match) throw badInput('after', `"${after}" is not a cursor returned by this API`);
  const offset = Number(match[1]);
  if (offset > MAX_OFFSET) throw badInput('after', `the cursor points past offset ${MAX_OFFSET}, the deepest this API pages`);
  return offset + 1;
}

export interface Connection<E> {
  edges: (E & { cursor: string })[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

// Cursors are encoded only when a query selects them, through getters on the prototype: most queries
// never ask, and encoding one per edge cost ≈1 µs each (an own-property getter per object was slower still).
// The offset is a private field, so no field of the edge copied onto it can overwrite it.
class Edge {
  readonly #offset: number;
  constructor(offset: number) {
    this.#offset = offset;
  }
  get cursor(): string {
    return encodeCursor(this.#offset);
  }
}

class PageInfo {
  constructor(
    readonly hasNextPage: boolean,
    private readonly skip: number,
    private readonly count: number,
  ) {}
  get hasPreviousPage(): boolean {
    return this.skip > 0;
  }
  get startCursor(): string | null {
    return this.count > 0 ? encodeCursor(this.skip) : null;
  }
  get endCursor(): string | null {
    return this.count > 0 ? encodeCursor(this.skip + this.count - 1) : null;
  }
}

/**
 * Builds a connection from `items` fetched starting at `skip`, where one item more than `size` was
 * asked for to learn whether a next page exists.
 */
export function connection<E extends object>(items: E[], skip: number, size: number): Connection<E> {
  const edges = items.slice(0, size).map((edge, i) => Object.assign(new Edge(skip + i), edge));
  return { edges, pageInfo: new PageInfo(items.length > size, skip, edges.length) };
}
