// Resolves what a user typed to entities of the allowed types when it is exactly an id or a canonical name
// (both indexed), best first: the id (rank 1), then the most mentioned of the same name (rank 0). The common
// case, answered without touching the full-text index (api-resolve-text is the fallback). Several people of
// one name come back together, so that the resolver can answer AMBIGUOUS instead of picking one.
CALL {
  MATCH (n:Entity) WHERE n.id = $ref
  RETURN n, 1 AS rank
  UNION
  MATCH (n:Entity) WHERE n.name = $ref
  RETURN n, 0 AS rank
}
WITH n, max(rank) AS rank
WHERE $types IS NULL OR any(label IN labels(n) WHERE label IN $types)
RETURN n {.id, .name, .aliases, .date, .kind, labels: labels(n)} AS entity, rank
ORDER BY rank DESC, size(n.articles) DESC, n.id
LIMIT $limit
