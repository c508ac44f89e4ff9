// Standing pairings, all or those of one entity ($id), each once with its evidence.
MATCH (a:Entity)-[r:PAIRED_WITH]->(b:Entity)
WHERE $id IS NULL OR a.id = $id OR b.id = $id
RETURN a {.id, .name, .aliases, .date, .kind, labels: labels(a)} AS a, b {.id, .name, .aliases, .date, .kind, labels: labels(b)} AS b,
       r.articles AS articles, r.evidence AS evidence
ORDER BY a.name, b.name
