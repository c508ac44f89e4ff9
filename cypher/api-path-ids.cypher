// api-path when both ends have an id's shape (src/api/store.ts: the bench and most API calls after the first
// pass ids): the same row, without the resolution's UNION of an id match and a name match per end. Each end is
// the node with that id (a person's: his cluster, `person`); `fromMatches` / `toMatches` are then that one
// match of rank 1, as api-path sends it. An id that matches nothing sends no match: the store then asks api-path,
// which also looks for the text as a name (two round trips only for an id-shaped text that is not an id).
// Only what the query shows is read, as in api-path ($nodeDetails, $evidenceArticles).
// The type list is the relation table's entity → entity types (filled in by src/graph/cypher.ts).
OPTIONAL MATCH (f:Entity {id: $from})
OPTIONAL MATCH (t:Entity {id: $to})
WITH f, t, CASE WHEN f:Person THEN coalesce(f.person, f.id) ELSE f.id END AS fromId,
     CASE WHEN t:Person THEN coalesce(t.person, t.id) ELSE t.id END AS toId
WITH fromId, toId,
     [n IN [f, t] WHERE n IS NOT NULL | CASE WHEN n:Person
       THEN n {id: coalesce(n.person, n.id), .name, labels: labels(n),
               aliases: CASE WHEN $nodeDetails THEN reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: coalesce(n.person, n.id)}) RETURN c.aliases AS l ORDER BY c.id <> coalesce(n.person, n.id), c.id }
                               | acc + [a IN coalesce(l, []) WHERE NOT a IN acc]) END}
       ELSE n {.id, .name, .aliases, .date, .kind, labels: labels(n)} END] AS found,
     CASE WHEN f:Person THEN COLLECT { MATCH (c:Person {person: coalesce(f.person, f.id)}) RETURN c } ELSE [f] END AS starts,
     CASE WHEN t:Person THEN COLLECT { MATCH (c:Person {person: coalesce(t.person, t.id)}) RETURN c } ELSE [t] END AS ends
OPTIONAL CALL (fromId, toId, starts, ends) {
  WITH starts, ends WHERE fromId IS NOT NULL AND toId IS NOT NULL AND fromId <> toId
  UNWIND starts AS a
  UNWIND ends AS b
  MATCH p = shortestPath((a)-[:{{ENTITY_RELATION_TYPES}}*..6]-(b))
  WITH p ORDER BY length(p) LIMIT 1
  RETURN [n IN nodes(p) | CASE WHEN NOT $nodeDetails THEN {id: CASE WHEN n:Person THEN coalesce(n.person, n.id) ELSE n.id END, name: n.name, labels: labels(n)}
         WHEN n:Person
           THEN n {id: coalesce(n.person, n.id), .name, labels: labels(n),
                   aliases: reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: n.person}) RETURN c.aliases AS l ORDER BY c.id <> n.person, c.id }
                                   | acc + [x IN coalesce(l, []) WHERE NOT x IN acc])}
           ELSE n {.id, .name, .aliases, .date, .kind, labels: labels(n)} END] AS nodes,
         [r IN relationships(p) | {type: type(r), title: r.title, articles: CASE WHEN $evidenceArticles THEN r.articles[..$evidence] END,
           evidence: r.evidence[..$evidence],
           evidenceCount: size(r.evidence),
           from: CASE WHEN startNode(r):Person THEN coalesce(startNode(r).person, startNode(r).id) ELSE startNode(r).id END}] AS hops
}
RETURN CASE WHEN fromId IS NULL THEN [] ELSE [{rank: 1, entity: found[0]}] END AS fromMatches,
       CASE WHEN toId IS NULL THEN [] ELSE [{rank: 1, entity: found[-1]}] END AS toMatches,
       fromId, toId, nodes, hops
