// Per-request DataLoaders: every field that follows a relation batches its ids, so a nested query
// runs one statement per nesting level, not one per parent (no N+1).
import DataLoader from 'dataloader';
import type { RelationType } from '../extract/format.ts';
import type { ArticleNode, EntityNode, RelationEdge } from './records.ts';
import type { PositionRow } from './positions.ts';
import type { CoAttendanceRow, DateRange, Store } from './store.ts';

/** Which of an entity's relationships a field follows: some types (null: all), one way (null: both). */
export interface RelationKey {
  id: string;
  types: readonly RelationType[] | null;
  outgoing: boolean | null;
}

export interface Loaders {
  entity: DataLoader<string, EntityNode | null>;
  /** An entity's provenance: the ids of the articles that mention it. */
  articleIds: DataLoader<string, string[]>;
  article: DataLoader<string, ArticleNode | null>;
  relations: DataLoader<RelationKey, RelationEdge[], string>;
  reported: DataLoader<string, ArticleNode[]>;
  reporters: DataLoader<string, EntityNode[]>;
  /** Keyed by `first`, the date range and the person id. */
  coAttendees: DataLoader<CoAttendeesKey, CoAttendanceRow[], string>;
  /** Every post held in a body, with its articles' dates (posts over time are computed from them). */
  bodyPositions: DataLoader<string, PositionRow[]>;
  /** Every post held in the bodies where a person holds one (their posts and those posts' other holders). */
  personPositions: DataLoader<string, PositionRow[]>;
}

/** Whose co-attendees, how many, over which events (no range: all of them). */
export interface CoAttendeesKey extends DateRange {
  id: string;
  first: number;
}

/** Everything but the id: keys that share it are answered by one statement. */
function coAttendeesKind(key: CoAttendeesKey): string {
  return JSON.stringify([key.first, key.from ?? null, key.to ?? null]);
}

function byId<T extends { id: string }>(ids: readonly string[], found: T[]): (T | null)[] {
  const map = new Map(found.map((item) => [item.id, item]));
  return ids.map((id) => map.get(id) ?? null);
}

function relationKind(key: RelationKey): string {
  return `${key.outgoing}|${key.types ? [...key.types].sort().join(',') : '*'}`;
}

// How each loader is made; made only when a request first uses it (most requests use one or two of them).
const factories: { [K in keyof Loaders]: (store: Store, loaders: Loaders) => Loaders[K] } = {
  // Keyed by the id asked for: a person's anchor node id answers with its cluster, whose id is the cluster's.
  entity: (store) =>
    new DataLoader(async (ids) => {
      const found = await store.entities(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
  articleIds: (store) =>
    new DataLoader(async (ids) => {
      const found = await store.entityArticleIds(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  article: (store) => new DataLoader(async (ids) => byId(ids, await store.articles(ids))),
  relations: (store) =>
    new DataLoader(
      async (keys) => {
        // One statement per kind of field in the batch (same types and direction), for all its ids.
        const results = new Map<string, RelationEdge[]>();
        const kinds = new Map<string, RelationKey[]>();
        for (const key of keys) kinds.set(relationKind(key), [...(kinds.get(relationKind(key)) ?? []), key]);
        for (const [kind, group] of kinds) {
          const { types, outgoing } = group[0] as RelationKey;
          const found = await store.relations(group.map((key) => key.id), types, outgoing);
          for (const key of group) results.set(`${kind}|${key.id}`, found.get(key.id) ?? []);
        }
        return keys.map((key) => results.get(`${relationKind(key)}|${key.id}`) ?? []);
      },
      { cacheKeyFn: (key) => `${relationKind(key)}|${key.id}` },
    ),
  reported: (store) =>
    new DataLoader(async (ids) => {
      const found = await store.reported(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  reporters: (store) =>
    new DataLoader(async (ids) => {
      const found = await store.reporters(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  coAttendees: (store, loaders) =>
    new DataLoader(
      async (keys) => {
        // One statement per distinct `first` and range in the batch (normally just one).
        const results = new Map<string, CoAttendanceRow[]>();
        const kinds = new Map<string, CoAttendeesKey[]>();
        for (const key of keys) kinds.set(coAttendeesKind(key), [...(kinds.get(coAttendeesKind(key)) ?? []), key]);
        for (const [kind, group] of kinds) {
          const { first, from, to } = group[0] as CoAttendeesKey;
          const found = await store.coAttendees(group.map((key) => key.id), first, { from: from ?? null, to: to ?? null });
          for (const [id, rows] of found) {
            results.set(`${kind}|${id}`, rows);
            // The shared events came whole: CoAttendance.events then reads them from the entity loader's cache.
            for (const row of rows) for (const event of row.events) loaders.entity.prime(event.id, event);
          }
        }
        return keys.map((key) => results.get(`${coAttendeesKind(key)}|${key.id}`) ?? []);
      },
      { cacheKeyFn: (key) => `${coAttendeesKind(key)}|${key.id}` },
    ),
  bodyPositions: (store) =>
    new DataLoader(async (ids) => {
      const found = await store.positionsOfBodies(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  personPositions: (store) =>
    new DataLoader(async (ids) => {
      const found = await store.positionsAroundPeople(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
};

/** This request's loaders; the getters below make each one on first use. */
class RequestLoaders {
  readonly made = new Map<keyof Loaders, unknown>();
  constructor(readonly store: Store) {}
}

// One getter per loader, defined once on the prototype from `factories` (not per request, not by hand).
for (const key of Object.keys(factories) as (keyof Loaders)[]) {
  Object.defineProperty(RequestLoaders.prototype, key, {
    get(this: RequestLoaders) {
      let loader = this.made.get(key);
      if (!loader) this.made.set(key, (loader = factories[key](this.store, this as unknown as Loaders)));
      return loader;
    },
  });
}

/** This request's loaders: a query pays only for the loaders it uses. */
export function createLoaders(store: Store): Loaders {
  // The getters above give every key of Loaders (factories is typed by it).
  return new RequestLoaders(store) as unknown as Loaders;
}
