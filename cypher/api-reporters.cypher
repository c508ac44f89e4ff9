// The reporters of each article of $ids.
UNWIND $ids AS id
MATCH (p:Person)-[:REPORTED]->(:Article {id: id})
RETURN id, p {.*, labels: labels(p)} AS person
ORDER BY p.name
