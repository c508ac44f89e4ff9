// Graph views for drawing: an ego network found breadth-first (one statement per hop), or the whole
// graph; for the exports also enriched (aliases, dates, posts, article counts, dated evidence) and
// filtered (a date range, isolated nodes). Served as GraphQL `Graph`, or rendered by graph-formats.ts.
import type { RelationType } from '../extract/format.ts';
import { evidencePairs, type EntityNode, type Evidence, type RelationEdge } from './records.ts';
import type { EdgeRow, Store } from './store.ts';

export interface Reached {
  entity: EntityNode;
  distance: number;
}

/** Entities within `depth` hops of `center` (not itself), nearest first, at most `cap`. */
export async function reachable(
  store: Store,
  center: EntityNode,
  depth: number,
  types: RelationType[] | null,
  cap: number,
): Promise<{ reached: Reached[]; truncated: boolean }> {
  return continueReach(store, { reached: [], seen: [center.id], frontier: [center.id], distance: 0 }, depth, types, cap);
}

/** A breadth-first walk so far: what it reached, every id seen (the center too), the last step's ids and its distance. */
export interface Walk {
  reached: Reached[];
  seen: string[];
  frontier: string[];
  distance: number;
}

/**
 * Continues a breadth-first walk from its frontier, one statement per step, up to `depth` hops and `cap`
 * entities: `reachable` from a center, and `neighbors` after its statement's first two steps.
 */
export async function continueReach(
  store: Store,
  walk: Walk,
  depth: number,
  types: RelationType[] | null,
  cap: number,
): Promise<{ reached: Reached[]; truncated: boolean }> {
  const reached = [...walk.reached];
  const seen = [...walk.seen];
  let frontier = walk.frontier;
  for (let distance = walk.distance + 1; distance <= depth && frontier.length > 0 && reached.length < cap; distance++) {
    // Ask for one more than room is left, to know whether the cap cut anything off.
    const room = cap - reached.length;
    const step = await store.neighborsStep(frontier, seen, types, room + 1);
    if (step.length > room) {
      reached.push(...step.slice(0, room).map((entity) => ({ entity, distance })));
      return { reached, truncated: true };
    }
    reached.push(...step.map((entity) => ({ entity, distance })));
    frontier = step.map((entity) => entity.id);
    seen.push(...frontier);
  }
  return { reached, truncated: false };
}

/** A post a person holds: the title, the body, and the dates of the articles that say so. */
export interface ViewPost {
  title: string;
  bodyId: string;
  body: string;
  dates: string[];
}

export interface ViewNode {
  id: string;
  label: string;
  type: string;
  /** Filled by `enrichView` (the exports); the GraphQL `graph` field leaves them out. */
  aliases?: string[];
  date?: string | null;
  kind?: string | null;
  articleCount?: number;
  posts?: ViewPost[];
}

/** One evidence sentence; `enrichView` adds its article's date, title and source. */
export interface ViewEvidence extends Evidence {
  date?: string | null;
  title?: string | null;
  source?: string;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  label: string;
  /** HOLDS_POSITION's title, else null (set by `enrichView`). */
  title?: string | null;
  evidence: ViewEvidence[];
}

export interface GraphView {
  nodes: ViewNode[];
  edges: ViewEdge[];
  truncated: boolean;
}

/** The entities behind a view's nodes, by id (`enrichView` reads aliases and event dates from them). */
type Entities = Map<string, EntityNode>;

function viewNode(entity: EntityNode): ViewNode {
  return { id: entity.id, label: entity.name, type: entity.__typename };
}

function viewEdge(row: EdgeRow): ViewEdge {
  const titled = row.type === 'HOLDS_POSITION' && row.title;
  return {
    // HOLDS_POSITION's title is part of its identity, so it is part of the edge id too.
    id: `${row.type}:${row.source}->${row.target}${titled ? `:${row.title}` : ''}`,
    source: row.source,
    target: row.target,
    type: row.type,
    label: titled ? (row.title as string) : row.type,
    evidence: evidencePairs(row.articleIds, row.evidence),
  };
}

async function entityView(
  store: Store,
  center: EntityNode | null,
  depth: number,
  cap: number,
): Promise<{ view: GraphView; entities: Entities }> {
  if (center) {
    const { reached, truncated } = await reachable(store, center, depth, null, cap - 1);
    const entities = [center, ...reached.map((r) => r.entity)];
    const nodes = entities.map(viewNode);
    const edges = await store.graphEdges(nodes.map((n) => n.id), cap * 20);
    return { view: { nodes, edges: edges.map(viewEdge), truncated }, entities: new Map(entities.map((e) => [e.id, e])) };
  }
  const found = await store.graphNodes(cap + 1);
  const entities = found.slice(0, cap);
  const nodes = entities.map(viewNode);
  // The edges among the nodes shown, read from those nodes: the whole graph's first cap × 20 edges, filtered
  // afterwards, read and sorted every relationship (5 s at 100k articles against 0.8 s; findings 51) and could
  // fill the limit with edges to nodes not shown.
  const edges = await store.graphEdges(nodes.map((n) => n.id), cap * 20);
  return {
    view: { nodes, edges: edges.map(viewEdge), truncated: found.length > cap },
    entities: new Map(entities.map((e) => [e.id, e])),
  };
}

/** The ego network of `center` up to `depth`, or (center null) the whole graph, at most `cap` nodes. */
export async function graphView(store: Store, center: EntityNode | null, depth: number, cap: number): Promise<GraphView> {
  return (await entityView(store, center, depth, cap)).view;
}

export interface ExportOptions {
  /** Keep nodes that no shown edge touches (default false: the sample graph has 19 of 96 such). */
  isolated: boolean;
  /** ISO date prefixes (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; null for open ends. */
  from: string | null;
  to: string | null;
}

/** Whether an ISO date lies in [from, to]; `to` may be a prefix (2026 takes in all of 2026). */
export function inRange(date: string | null | undefined, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (!date) return false;
  return (from === null || date >= from) && (to === null || date.slice(0, to.length) <= to);
}

/**
 * The view for the exports: every node with aliases, article count, (events) date and kind, (people) their
 * posts with dates; every evidence sentence with its article's date, title and source. With a date range,
 * events outside it go (with their edges) and other edges keep only the evidence dated within it.
 */
export async function exportView(
  store: Store,
  center: EntityNode | null,
  depth: number,
  cap: number,
  options: ExportOptions,
): Promise<GraphView> {
  const { view, entities } = await entityView(store, center, depth, cap);
  const articleIds = new Set(view.edges.flatMap((edge) => edge.evidence.map((e) => e.articleId)));
  const people = view.nodes.filter((n) => n.type === 'Person').map((n) => n.id);
  const [counts, posts] = await Promise.all([
    store.entityArticleIds(view.nodes.map((n) => n.id)),
    people.length ? store.relations(people, ['HOLDS_POSITION'], true) : Promise.resolve(new Map<string, RelationEdge[]>()),
  ]);
  for (const list of posts.values()) for (const post of list) for (const id of post.articleIds) articleIds.add(id);
  const articles = new Map((await store.articles([...articleIds])).map((a) => [a.id, a]));
  const dateOf = (id: string) => articles.get(id)?.date ?? null;

  const nodes = view.nodes.map((node): ViewNode => {
    const entity = entities.get(node.id);
    const enriched: ViewNode = {
      ...node,
      aliases: entity?.aliases ?? [],
      date: entity?.date ?? null,
      kind: entity?.kind ?? null,
      articleCount: counts.get(node.id)?.length ?? 0,
    };
    if (node.type === 'Person') {
      enriched.posts = (posts.get(node.id) ?? []).map((post) => ({
        title: post.title ?? '',
        bodyId: post.other.id,
        body: post.other.name,
        dates: [...new Set(post.articleIds.map(dateOf).filter((d): d is string => d !== null))].sort(),
      }));
    }
    return enriched;
  });
  const edges = view.edges.map((edge): ViewEdge => ({
    ...edge,
    title: edge.type === 'HOLDS_POSITION' && edge.label !== edge.type ? edge.label : null,
    evidence: edge.evidence.map((e) => {
      const article = articles.get(e.articleId);
      return { ...e, date: article?.date ?? null, title: article?.title ?? null, source: article?.source ?? '' };
    }),
  }));
  return filterView({ nodes, edges, truncated: view.truncated }, center?.id ?? null, options);
}

/** The date range and isolated-node rules of `exportView`, on an enriched view. */
export function filterView(view: GraphView, centerId: string | null, options: ExportOptions): GraphView {
  const { from, to } = options;
  let nodes = view.nodes.filter((n) => n.type !== 'Event' || inRange(n.date, from, to));
  const kept = new Set(nodes.map((n) => n.id));
  const events = new Set(view.nodes.filter((n) => n.type === 'Event').map((n) => n.id));
  const edges = view.edges
    .filter((e) => kept.has(e.source) && kept.has(e.target))
    .map((e) => {
      // An edge to an event is dated by the event; any other by the articles that support it.
      if (events.has(e.source) || events.has(e.target)) return e;
      return { ...e, evidence: e.evidence.filter((ev) => inRange(ev.date, from, to)) };
    })
    .filter((e) => e.evidence.length > 0 || (from === null && to === null));
  if (!options.isolated) {
    const touched = new Set(edges.flatMap((e) => [e.source, e.target]));
    nodes = nodes.filter((n) => touched.has(n.id) || n.id === centerId);
  }
  return { nodes, edges, truncated: view.truncated };
}
