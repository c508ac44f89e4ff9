// The reporters of each article of $ids.
UNWIND $ids AS id
MATCH (p:Person)-[:REPORTED]->(:Article {id: id})
RETURN id, p {.id, .name, .aliases, .date, .kind, labels: labels(p)} AS person
ORDER BY p.name
