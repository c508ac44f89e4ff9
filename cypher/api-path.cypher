// The shortest connection between two entities through entity relationships (at most 6 hops; the
// caller drops longer ones than asked), each hop with its evidence.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:ATTENDED|CHAIRED|LED|SIGNED|PAIRED_WITH|HOLDS_POSITION|HELD_IN|PART_OF*..6]-(b))
RETURN [n IN nodes(p) | n {.id, .name, .aliases, .date, .kind, labels: labels(n)}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, title: r.title,
                                 articles: r.articles, evidence: r.evidence}] AS hops
LIMIT 1
