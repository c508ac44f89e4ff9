// The articles each person of $ids wrote (REPORTED: byline).
UNWIND $ids AS id
MATCH (:Person {id: id})-[:REPORTED]->(a:Article)
RETURN id, a {.*} AS article
ORDER BY a.date DESC, a.id
