// The shortest connection between two entities through entity relationships (at most 6 hops; the
// caller drops longer ones than asked), each hop with the first $evidence of its evidence sentences (and their
// articles) and how many it has: a hub's HOLDS_POSITION hop has one per article, thousands at 100k.
// $from and $to are what the user typed, resolved inside this statement as api-resolve-exact does (same match,
// same order, at most 10 each): `fromMatches` / `toMatches` hold what was found, and the path is searched only
// when each end is one thing (an id; a name of one person; a name whose best match is not a person). A name
// several people carry returns the candidates and no path (the resolver raises AMBIGUOUS from them); no exact
// match, and the resolver falls back to the full-text index. One statement per question, not three.
// Only what the query shows is read: the nodes' aliases, dates and kinds when $nodeDetails (a person's aliases
// are a COLLECT over his anchors), the evidence's article ids when $evidenceArticles (as the peer's statement).
// A person is its cluster (`person`): the path may leave from any anchor node of one end and end at any of
// the other, and people on it are their clusters.
// The type list is the relation table's entity → entity types (filled in by src/graph/cypher.ts).
UNWIND [0, 1] AS side
CALL (side) {
  WITH [$from, $to][side] AS ref
  CALL (ref) {
    MATCH (n:Entity) WHERE n.id = ref
    RETURN n, 1 AS rank
    UNION
    MATCH (n:Entity) WHERE n.name = ref
    RETURN n, 0 AS rank
  }
  WITH CASE WHEN n:Person THEN coalesce(n.person, n.id) ELSE n.id END AS key, max(rank) AS rank,
       collect(n) AS nodes, sum(size(coalesce(n.articles, []))) AS mentions
  WITH key, rank, mentions, nodes[0] AS n
  ORDER BY rank DESC, mentions DESC, key
  LIMIT 10
  RETURN collect({rank: rank, entity: CASE WHEN n:Person
    // A person's aliases (a COLLECT over his anchors) only when shown: an end is shown when both are one thing.
    THEN n {id: key, .name, labels: labels(n),
            aliases: CASE WHEN $nodeDetails THEN reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: key}) RETURN c.aliases AS l ORDER BY c.id <> key, c.id }
                            | acc + [a IN coalesce(l, []) WHERE NOT a IN acc]) END}
    ELSE n {.id, .name, .aliases, .date, .kind, labels: labels(n)} END}) AS matches
}
WITH collect({side: side, matches: matches}) AS ends
WITH [e IN ends WHERE e.side = 0][0].matches AS fromMatches, [e IN ends WHERE e.side = 1][0].matches AS toMatches
// An id wins; a best match that is not a person wins; a person's name only when one person carries it.
WITH fromMatches, toMatches,
     [m IN [fromMatches, toMatches] |
       CASE WHEN size(m) > 0 AND (m[0].rank = 1 OR NOT 'Person' IN m[0].entity.labels
                                  OR size([x IN m WHERE 'Person' IN x.entity.labels]) = 1)
            THEN m[0].entity.id END] AS ends
OPTIONAL CALL (ends) {
  WITH ends[0] AS fromId, ends[1] AS toId WHERE ends[0] IS NOT NULL AND ends[1] IS NOT NULL AND ends[0] <> ends[1]
  CALL (fromId) {
    MATCH (a:Person {person: fromId}) RETURN a
    UNION
    MATCH (a:Entity {id: fromId}) WHERE NOT a:Person RETURN a
  }
  CALL (toId) {
    MATCH (b:Person {person: toId}) RETURN b
    UNION
    MATCH (b:Entity {id: toId}) WHERE NOT b:Person RETURN b
  }
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
RETURN fromMatches, toMatches, ends[0] AS fromId, ends[1] AS toId, nodes, hops
