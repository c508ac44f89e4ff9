// Node counts per label and relationship counts per type, always in the same key order.
import type { Driver } from 'neo4j-driver';
import { RELATION_TYPES } from '../extract/format.ts';
import { read } from './cypher.ts';

export const NODE_LABELS = ['Article', 'Person', 'Organization', 'District', 'Enterprise', 'Event'] as const;

export interface GraphStats {
  nodes: Record<(typeof NODE_LABELS)[number], number>;
  relationships: Record<(typeof RELATION_TYPES)[number], number>;
}

export async function graphStats(driver: Driver): Promise<GraphStats> {
  const result = await read(driver, 'graph-stats');
  const row = result.records[0]!;
  const count = (key: string) => Number(row.get(key));
  return {
    nodes: Object.fromEntries(NODE_LABELS.map((l) => [l, count(l)])) as GraphStats['nodes'],
    relationships: Object.fromEntries(RELATION_TYPES.map((t) => [t, count(t)])) as GraphStats['relationships'],
  };
}
