// Every relationship between entities, for drawing the whole graph, at most $limit.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS source, b.id AS target, type(r) AS type, r.title AS title,
       r.articles AS articles, r.evidence AS evidence
ORDER BY source, target, type
LIMIT $limit
