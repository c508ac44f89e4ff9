// @neo4j/graphql peer: the shortest connection between two entities (at most 6 hops), its nodes and each hop's
// type and evidence sentences: the content our path answers with (the benchmark asks ours for hops' evidence).
// The type list is the relation table's entity → entity types (filled in by src/graph/cypher.ts).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:{{ENTITY_RELATION_TYPES}}*..6]-(b))
RETURN {nodes: [n IN nodes(p) | {id: n.id, name: n.name}],
        hops: [r IN relationships(p) | {type: type(r), evidence: r.evidence}]} AS row
