// Resolves what a user typed (an id, a name or an alias) to entities of the allowed types, best first:
// exact id, then exact name (both indexed), then an exact alias, then names or aliases that contain the
// text (龙岗 → 龙岗区). Aliases are reached through the full-text index rather than a scan of every
// entity; $query is the Lucene-escaped text.
CALL {
  MATCH (n:Entity) WHERE n.id = $ref
  RETURN n, 3 AS rank, 0.0 AS score
  UNION
  MATCH (n:Entity) WHERE n.name = $ref
  RETURN n, 2 AS rank, 0.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: 200}) YIELD node, score
  WHERE node.name CONTAINS $ref OR any(alias IN node.aliases WHERE alias CONTAINS $ref)
  RETURN node AS n, CASE WHEN $ref IN node.aliases THEN 1 ELSE 0 END AS rank, score
}
WITH n, max(rank) AS rank, max(score) AS score
WHERE $types IS NULL OR any(label IN labels(n) WHERE label IN $types)
RETURN n {.*, labels: labels(n)} AS entity
ORDER BY rank DESC, score DESC, size(n.articles) DESC, size(n.name), n.id
LIMIT $limit
