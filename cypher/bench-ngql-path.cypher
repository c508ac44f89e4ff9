// @neo4j/graphql peer: the shortest connection between two entities (at most 6 hops), node by node.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:ATTENDED|CHAIRED|LED|SIGNED|PAIRED_WITH|HOLDS_POSITION|HELD_IN|PART_OF*..6]-(b))
UNWIND nodes(p) AS n
RETURN {id: n.id, name: n.name} AS row
