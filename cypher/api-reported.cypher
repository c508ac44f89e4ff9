// The articles each person (every anchor node of its cluster, `person`) of $ids wrote (REPORTED: byline).
UNWIND $ids AS id
MATCH (:Person {person: id})-[:REPORTED]->(a:Article)
WITH DISTINCT id, a
RETURN id, a {.*} AS article
ORDER BY a.date DESC, a.id
