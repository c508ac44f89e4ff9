// @neo4j/graphql peer: the shortest connection between two entities (at most 6 hops), its nodes and each hop's
// type, its first $evidence evidence sentences and how many it has: the content our path answers with (the
// benchmark asks ours for hops' evidence(first: 20) and evidenceCount).
// The type list is the relation table's entity → entity types (filled in by src/graph/cypher.ts).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:{{ENTITY_RELATION_TYPES}}*..6]-(b))
RETURN {nodes: [n IN nodes(p) | {id: n.id, name: n.name}],
        hops: [r IN relationships(p) | {type: type(r), evidenceCount: size(r.evidence), evidence: r.evidence[..$evidence]}]} AS row
