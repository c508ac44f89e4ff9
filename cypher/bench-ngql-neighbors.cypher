// @neo4j/graphql peer: entities within two hops of $id, nearest first, at most $first.
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[]-(n:Entity) RETURN DISTINCT n, 1 AS d
  UNION
  MATCH (c)-[]-(:Entity)-[]-(n:Entity) WHERE n <> c RETURN DISTINCT n, 2 AS d
}
WITH n, min(d) AS distance
ORDER BY distance, n.name, n.id
LIMIT $first
RETURN {id: n.id, name: n.name} AS row
