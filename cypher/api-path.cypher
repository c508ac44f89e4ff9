// The shortest connection between two entities through entity relationships (at most 6 hops; the
// caller drops longer ones than asked), each hop with its evidence. A person is its cluster (`person`): the
// path may leave from any anchor node of $from and end at any of $to, and people on it are their clusters.
// The type list is the relation table's entity → entity types (filled in by src/graph/cypher.ts).
CALL {
  MATCH (a:Person {person: $from}) RETURN a
  UNION
  MATCH (a:Entity {id: $from}) WHERE NOT a:Person RETURN a
}
CALL {
  MATCH (b:Person {person: $to}) RETURN b
  UNION
  MATCH (b:Entity {id: $to}) WHERE NOT b:Person RETURN b
}
MATCH p = shortestPath((a)-[:{{ENTITY_RELATION_TYPES}}*..6]-(b))
WITH p ORDER BY length(p) LIMIT 1
RETURN [n IN nodes(p) | CASE WHEN n:Person
         THEN n {id: coalesce(n.person, n.id), .name, labels: labels(n),
                 aliases: reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: n.person}) RETURN c.aliases AS l ORDER BY c.id <> n.person, c.id }
                                 | acc + [x IN coalesce(l, []) WHERE NOT x IN acc])}
         ELSE n {.id, .name, .aliases, .date, .kind, labels: labels(n)} END] AS nodes,
       [r IN relationships(p) | {type: type(r), title: r.title, articles: r.articles, evidence: r.evidence,
         from: CASE WHEN startNode(r):Person THEN coalesce(startNode(r).person, startNode(r).id) ELSE startNode(r).id END}] AS hops
