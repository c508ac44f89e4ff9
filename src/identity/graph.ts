// The cluster step in the graph: after a load (or a retraction) the anchor nodes of every person name it touched
// are read back and each gets `person`, the id of the cluster (one real person) it belongs to. It runs in the
// load's transaction after graph-bump-version, whose write lock on the one GraphVersion node every load takes:
// so recomputes run one at a time, each sees every committed anchor of its names, and the last one for a name
// leaves the clusters of the whole set of its anchors, whatever order articles arrived in.
import type { ManagedTransaction } from 'neo4j-driver';
import { runIn } from '../graph/cypher.ts';
import { clusterName, type AnchorGroup } from './cluster.ts';

interface AnchorRow extends AnchorGroup {
  name: string;
  person: string | null;
}

/** An anchor node whose cluster a recompute changed: `was` its cluster before (null: a new anchor). */
export interface MovedAnchor {
  id: string;
  person: string;
  was: string | null;
}

/**
 * Recomputes `person` for the anchors of `names`; writes only the nodes whose cluster changed, and returns
 * them (the co-attendance projection refreshes their old and new clusters). `touched`: the anchor ids this load
 * merged, whose mention counts are refreshed first; 'all' (after a retraction, which shortened lists without
 * saying which) recounts every anchor of the names.
 */
export async function reclusterNames(tx: ManagedTransaction, names: string[], touched: string[] | 'all'): Promise<MovedAnchor[]> {
  if (touched === 'all') {
    if (names.length > 0) await runIn(tx, 'graph-identity-mentions-of-names', { names: [...new Set(names)].sort() });
  } else if (touched.length > 0) await runIn(tx, 'graph-identity-mentions', { ids: touched });
  if (names.length === 0) return [];
  const result = await runIn(tx, 'graph-identity-anchors', { names: [...new Set(names)].sort() });
  const byName = new Map<string, AnchorRow[]>();
  for (const r of result.records) {
    const row: AnchorRow = {
      name: r.get('name'), id: r.get('id'), unanchored: r.get('unanchored'), posted: r.get('posted'),
      first: r.get('first'), last: r.get('last'), mentions: toNumber(r.get('mentions')), person: r.get('person'),
    };
    byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
  }
  const changed: MovedAnchor[] = [];
  for (const rows of byName.values()) {
    const clusters = clusterName(rows);
    for (const row of rows) {
      const person = clusters.get(row.id)!;
      if (person !== row.person) changed.push({ id: row.id, person, was: row.person });
    }
  }
  if (changed.length > 0) await runIn(tx, 'graph-identity-set-person', { rows: changed.map(({ id, person }) => ({ id, person })) });
  return changed;
}

/** The person names the articles touch (read before they are retracted). */
export async function namesOfArticles(tx: ManagedTransaction, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const result = await runIn<{ names: string[] }>(tx, 'graph-identity-names', { ids });
  return result.records[0]?.get('names') ?? [];
}

function toNumber(v: unknown): number {
  return typeof v === 'number' ? v : Number((v as { toNumber?: () => number }).toNumber?.() ?? v);
}
