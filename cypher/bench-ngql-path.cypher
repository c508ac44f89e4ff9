// @neo4j/graphql peer: the shortest connection between two entities (at most 6 hops), node by node.
// The type list is the relation table's entity → entity types (filled in by src/graph/cypher.ts).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:{{ENTITY_RELATION_TYPES}}*..6]-(b))
UNWIND nodes(p) AS n
RETURN {id: n.id, name: n.name} AS row
