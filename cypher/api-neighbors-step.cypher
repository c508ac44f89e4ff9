// One breadth-first step: the entities next to $frontier (through $types, or any type) not yet $seen. A person
// is its cluster (`person`): the step leaves from every anchor node and reaches each person once.
UNWIND $frontier AS id
CALL (id) {
  MATCH (n:Person {person: id}) RETURN n
  UNION
  MATCH (n:Entity {id: id}) WHERE NOT n:Person RETURN n
}
MATCH (n)-[r]-(other:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
WITH DISTINCT other, CASE WHEN other:Person THEN coalesce(other.person, other.id) ELSE other.id END AS key
WHERE NOT key IN $seen
WITH key, head(collect(other)) AS other
ORDER BY other.name, key
LIMIT $limit
RETURN CASE WHEN other:Person
  THEN other {id: key, .name, labels: labels(other),
              aliases: reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: key}) RETURN c.aliases AS l ORDER BY c.id <> key, c.id }
                              | acc + [a IN coalesce(l, []) WHERE NOT a IN acc])}
  ELSE other {.id, .name, .aliases, .date, .kind, labels: labels(other)} END AS entity
