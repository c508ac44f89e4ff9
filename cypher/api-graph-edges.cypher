// Every relationship between entities, for drawing the whole graph, at most $limit. A person end is its
// cluster (`person`); the code merges two anchors' relationships with the same other end into one edge.
MATCH (a:Entity)-[r]->(b:Entity)
WITH r, CASE WHEN a:Person THEN coalesce(a.person, a.id) ELSE a.id END AS source,
        CASE WHEN b:Person THEN coalesce(b.person, b.id) ELSE b.id END AS target
RETURN source, target, type(r) AS type, r.title AS title, r.articles AS articles, r.evidence AS evidence
ORDER BY source, target, type
LIMIT $limit
