// The whole graph's entities for drawing, at most $limit (with what the exports show of each).
MATCH (n:Entity)
RETURN n {.id, .name, .aliases, .date, .kind, labels: labels(n)} AS node
ORDER BY n.id
LIMIT $limit
