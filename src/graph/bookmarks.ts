// Read your own writes on a cluster: every session this process opens shares one bookmark manager, so a read
// (say the API's, right after its own ingestArticles) waits on a read replica until that replica has applied
// the process's last write. On one server it costs a bookmark carried in each BEGIN/RUN; callers that pass
// their own `bookmarks` or `bookmarkManager` keep them.
import neo4j, { type BookmarkManager, type Driver, type SessionConfig } from 'neo4j-driver';

export interface CausalDriver {
  driver: Driver;
  bookmarks: BookmarkManager;
}

export function withSharedBookmarks(inner: Driver): CausalDriver {
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
