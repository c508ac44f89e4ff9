// Resolves what a user typed to entities of the allowed types when it is exactly an id or a canonical name
// (both indexed), best first: the id, then the most mentioned of the same name. The common case, answered
// without touching the full-text index (api-resolve-text is the fallback).
CALL {
  MATCH (n:Entity) WHERE n.id = $ref
  RETURN n, 1 AS rank
  UNION
  MATCH (n:Entity) WHERE n.name = $ref
  RETURN n, 0 AS rank
}
WITH n, max(rank) AS rank
WHERE $types IS NULL OR any(label IN labels(n) WHERE label IN $types)
RETURN n {.id, .name, .aliases, .date, .kind, labels: labels(n)} AS entity
ORDER BY rank DESC, size(n.articles) DESC, n.id
LIMIT $limit
