// Read your own writes on a cluster: when the driver routes (neo4j://, neo4j+s://, neo4j+ssc://), every session this
// process opens shares one bookmark manager, so a read (say the API's, right after its own ingestArticles) waits on a
// read replica until that replica has applied the process's last write. A direct driver (bolt://, the embedded
// default, testcontainers) talks to one server, which already shows every read its committed writes: it shares no
// bookmarks, since carrying one in each RUN cost ≈ 60–100 µs of Node CPU per API request and some of Neo4j's
// (src/bench/findings.md, item 51). Callers that pass their own `bookmarks` or `bookmarkManager` keep them.
import neo4j, { type BookmarkManager, type Driver, type SessionConfig } from 'neo4j-driver';

export interface CausalDriver {
  driver: Driver;
  /** The shared bookmarks, or null for a direct driver (one server: nothing to wait for). */
  bookmarks: BookmarkManager | null;
}

/** Whether a driver made for `uri` routes its sessions across a cluster's members (the neo4j schemes). */
export function routes(uri: string): boolean {
  return /^neo4j(\+s|\+ssc)?:/i.test(uri);
}

export function withSharedBookmarks(inner: Driver, uri: string): CausalDriver {
  if (!routes(uri)) return { driver: inner, bookmarks: null };
  const bookmarks = neo4j.bookmarkManager();
  const session = (config: SessionConfig = {}) =>
    inner.session(config.bookmarkManager || config.bookmarks ? config : { ...config, bookmarkManager: bookmarks });
  const driver = new Proxy(inner, {
    get(target, prop) {
      if (prop === 'session') return session;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { driver, bookmarks };
}
