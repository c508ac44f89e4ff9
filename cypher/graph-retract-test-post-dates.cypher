// Tests: every stored post with its first/last sighting (graph-merge-rel-keyed, narrowed by graph-retract-relationships).
MATCH (p:Person)-[r:HOLDS_POSITION]->(b:Entity)
RETURN p.id AS id, p.name AS person, r.title AS title, b.name AS body, r.first AS first, r.last AS last, size(r.articles) AS articles
ORDER BY person, title, body, id
