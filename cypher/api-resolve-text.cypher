// Resolves what a user typed when it is not an id or a name (api-resolve-exact): an exact alias first
// (rank 1), then names or aliases that contain the text (龙岗 → 龙岗区), best full-text score first.
// Aliases are reached through the full-text index rather than a scan of every entity; $query is the
// Lucene-escaped text. A person is its cluster (`person`): one answer however many anchor nodes match.
CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: 200}) YIELD node AS n, score
WHERE (n.name CONTAINS $ref OR any(alias IN n.aliases WHERE alias CONTAINS $ref))
  AND ($types IS NULL OR any(label IN labels(n) WHERE label IN $types))
WITH n, score, CASE WHEN $ref IN n.aliases THEN 1 ELSE 0 END AS rank
WITH CASE WHEN n:Person THEN coalesce(n.person, n.id) ELSE n.id END AS key, max(rank) AS rank, max(score) AS score,
     collect(n) AS nodes, sum(size(coalesce(n.articles, []))) AS mentions
WITH key, rank, score, mentions, nodes[0] AS n
ORDER BY rank DESC, score DESC, mentions DESC, size(n.name), key
LIMIT $limit
RETURN CASE WHEN n:Person
  THEN n {id: key, .name, labels: labels(n),
          aliases: reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: key}) RETURN c.aliases AS l ORDER BY c.id <> key, c.id }
                          | acc + [a IN coalesce(l, []) WHERE NOT a IN acc])}
  ELSE n {.id, .name, .aliases, .date, .kind, labels: labels(n)} END AS entity, rank
