// Shared bookmarks only where they buy something: a routing driver (reads may go to a member that has not yet
// applied this process's last write); a direct driver talks to one server, which shows every committed write.
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { routes, withSharedBookmarks } from '../../src/graph/bookmarks.ts';

// Never connected: a driver opens no connection until a session runs something.
const inner = neo4j.driver('bolt://127.0.0.1:1');
afterAll(() => inner.close());

describe('withSharedBookmarks', () => {
  it('tells routing URIs from direct ones by scheme', () => {
    expect(['neo4j://h:7687', 'neo4j+s://h', 'neo4j+ssc://h', 'NEO4J://h'].map(routes)).toEqual([true, true, true, true]);
    expect(['bolt://h:7687', 'bolt+s://h', 'bolt+ssc://h', 'http://h'].map(routes)).toEqual([false, false, false, false]);
  });

  it('leaves a direct driver as it is, with no bookmarks to carry', () => {
    const direct = withSharedBookmarks(inner, 'bolt://127.0.0.1:7687');
    expect(direct.driver).toBe(inner);
    expect(direct.bookmarks).toBeNull();
  });

  it('gives every session of a routing driver the one shared manager, unless the caller brings its own', async () => {
    const spy = vi.spyOn(inner, 'session');
    try {
      const routed = withSharedBookmarks(inner, 'neo4j://127.0.0.1:7687');
      expect(routed.bookmarks).not.toBeNull();
      await routed.driver.session({ defaultAccessMode: 'READ' }).close();
      await routed.driver.session().close();
      const own = neo4j.bookmarkManager();
      await routed.driver.session({ bookmarkManager: own }).close();
      expect(spy.mock.calls.map(([config]) => config?.bookmarkManager)).toEqual([routed.bookmarks, routed.bookmarks, own]);
      expect(spy.mock.calls[0]?.[0]?.defaultAccessMode).toBe('READ');
    } finally {
      spy.mockRestore();
    }
  });
});
