// Per-request DataLoaders: every field that follows a relation batches its ids, so a nested query
// runs one statement per nesting level, not one per parent (no N+1).
import DataLoader from 'dataloader';
import type { ArticleNode, EntityNode, RelationEdge } from './records.ts';
import type { CoAttendanceRow, Store } from './store.ts';

export interface Loaders {
  entity: DataLoader<string, EntityNode | null>;
  article: DataLoader<string, ArticleNode | null>;
  relations: DataLoader<string, RelationEdge[]>;
  reported: DataLoader<string, ArticleNode[]>;
  reporters: DataLoader<string, EntityNode[]>;
  /** Keyed by `first` and the person id. */
  coAttendees: DataLoader<{ id: string; first: number }, CoAttendanceRow[], string>;
}

function byId<T extends { id: string }>(ids: readonly string[], found: T[]): (T | null)[] {
  const map = new Map(found.map((item) => [item.id, item]));
  return ids.map((id) => map.get(id) ?? null);
}

export function createLoaders(store: Store): Loaders {
  return {
    entity: new DataLoader(async (ids) => byId(ids, await store.entities(ids))),
    article: new DataLoader(async (ids) => byId(ids, await store.articles(ids))),
    relations: new DataLoader(async (ids) => {
      const found = await store.relations(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    reported: new DataLoader(async (ids) => {
      const found = await store.reported(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    reporters: new DataLoader(async (ids) => {
      const found = await store.reporters(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    coAttendees: new DataLoader(
      async (keys) => {
        // One statement per distinct `first` in the batch (normally just one).
        const results = new Map<string, CoAttendanceRow[]>();
        for (const first of new Set(keys.map((key) => key.first))) {
          const ids = keys.filter((key) => key.first === first).map((key) => key.id);
          for (const [id, rows] of await store.coAttendees(ids, first)) results.set(`${first}:${id}`, rows);
        }
        return keys.map((key) => results.get(`${key.first}:${key.id}`) ?? []);
      },
      { cacheKeyFn: (key) => `${key.first}:${key.id}` },
    ),
  };
}
