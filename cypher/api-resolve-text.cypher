// Resolves what a user typed when it is not an id or a name (api-resolve-exact): an exact alias first
// (rank 1), then names or aliases that contain the text (龙岗 → 龙岗区), best full-text score first.
// Aliases are reached through the full-text index rather than a scan of every entity; $query is the
// Lucene-escaped text.
CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: 200}) YIELD node AS n, score
WHERE (n.name CONTAINS $ref OR any(alias IN n.aliases WHERE alias CONTAINS $ref))
  AND ($types IS NULL OR any(label IN labels(n) WHERE label IN $types))
WITH n, score, CASE WHEN $ref IN n.aliases THEN 1 ELSE 0 END AS rank
ORDER BY rank DESC, score DESC, size(n.articles) DESC, size(n.name), n.id
LIMIT $limit
RETURN n {.id, .name, .aliases, .date, .kind, labels: labels(n)} AS entity, rank
