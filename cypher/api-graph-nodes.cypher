// The whole graph's entities for drawing, at most $limit.
MATCH (n:Entity)
RETURN n {.id, .name, labels: labels(n)} AS node
ORDER BY n.id
LIMIT $limit
