// Every relationship with its endpoints' ids and its provenance (tests compare whole graphs with this).
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.title AS title, r.articles AS articles, r.evidence AS evidence
