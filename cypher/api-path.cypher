// The shortest connection between two entities through entity relationships (at most 6 hops; the
// caller drops longer ones than asked), each hop with its evidence.
// The type list is the relation table's entity → entity types (filled in by src/graph/cypher.ts).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:{{ENTITY_RELATION_TYPES}}*..6]-(b))
RETURN [n IN nodes(p) | n {.id, .name, .aliases, .date, .kind, labels: labels(n)}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, title: r.title,
                                 articles: r.articles, evidence: r.evidence}] AS hops
LIMIT 1
