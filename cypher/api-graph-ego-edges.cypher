// The relationships among the entities $ids (an ego network), at most $limit.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
RETURN a.id AS source, b.id AS target, type(r) AS type, r.title AS title,
       r.articles AS articles, r.evidence AS evidence
ORDER BY source, target, type
LIMIT $limit
