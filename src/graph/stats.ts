// Node counts per label and relationship counts per type (the relation table's), always in the same key order.
import type { Driver } from 'neo4j-driver';
import { RELATIONS, assertTypeName, type RelationTable, type RelationType } from '../model/relation-types.ts';
import { runIn } from './cypher.ts';

export const NODE_LABELS = ['Article', 'Person', 'Organization', 'District', 'Enterprise', 'Event'] as const;

export interface GraphStats {
  nodes: Record<(typeof NODE_LABELS)[number], number>;
  relationships: Record<RelationType, number>;
}

/** Counts from the count store (constant time), in one read transaction. */
export async function graphStats(driver: Driver, table: RelationTable = RELATIONS): Promise<GraphStats> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const row = (await runIn(tx, 'graph-stats')).records[0]!;
      const relationships: Record<string, number> = {};
      for (const type of Object.keys(table)) {
        const result = await runIn(tx, 'graph-stats-relationships', {}, { TYPE: assertTypeName(type) });
        relationships[type] = Number(result.records[0]!.get('count'));
      }
      return {
        nodes: Object.fromEntries(NODE_LABELS.map((l) => [l, Number(row.get(l))])) as GraphStats['nodes'],
        relationships: relationships as GraphStats['relationships'],
      };
    });
  } finally {
    await session.close();
  }
}
