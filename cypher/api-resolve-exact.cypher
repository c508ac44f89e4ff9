// Resolves what a user typed to entities of the allowed types when it is exactly an id or a canonical name
// (both indexed), best first: the id (rank 1), then the most mentioned of the same name (rank 0). The common
// case, answered without touching the full-text index (api-resolve-text is the fallback). A person is a
// cluster of anchor nodes (`person`, src/identity): any anchor's id finds its cluster, and a name gives each of
// its clusters once, so several people of one name come back together and the resolver answers AMBIGUOUS
// instead of picking one, while one person's many anchors are one answer.
CALL {
  MATCH (n:Entity) WHERE n.id = $ref
  RETURN n, 1 AS rank
  UNION
  MATCH (n:Entity) WHERE n.name = $ref
  RETURN n, 0 AS rank
}
WITH n, rank
WHERE $types IS NULL OR any(label IN labels(n) WHERE label IN $types)
WITH CASE WHEN n:Person THEN coalesce(n.person, n.id) ELSE n.id END AS key, max(rank) AS rank,
     collect(n) AS nodes, sum(size(coalesce(n.articles, []))) AS mentions
WITH key, rank, mentions, nodes[0] AS n
ORDER BY rank DESC, mentions DESC, key
LIMIT $limit
RETURN CASE WHEN n:Person
  THEN n {id: key, .name, labels: labels(n),
          aliases: reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: key}) RETURN c.aliases AS l ORDER BY c.id <> key, c.id }
                          | acc + [a IN coalesce(l, []) WHERE NOT a IN acc])}
  ELSE n {.id, .name, .aliases, .date, .kind, labels: labels(n)} END AS entity, rank
