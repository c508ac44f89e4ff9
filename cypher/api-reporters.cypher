// The reporters of each article of $ids, each person once (its cluster, `person`).
UNWIND $ids AS id
MATCH (p:Person)-[:REPORTED]->(:Article {id: id})
WITH id, coalesce(p.person, p.id) AS key, head(collect(p)) AS p
RETURN id, p {id: key, .name, labels: labels(p),
              aliases: reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: key}) RETURN c.aliases AS l ORDER BY c.id <> key, c.id }
                              | acc + [a IN coalesce(l, []) WHERE NOT a IN acc])} AS person
ORDER BY p.name, key
