// One breadth-first step: the entities next to $frontier (through $types, or any type) not yet $seen.
UNWIND $frontier AS id
MATCH (:Entity {id: id})-[r]-(other:Entity)
WHERE ($types IS NULL OR type(r) IN $types) AND NOT other.id IN $seen
WITH DISTINCT other
ORDER BY other.name, other.id
LIMIT $limit
RETURN other {.id, .name, .aliases, .date, .kind, labels: labels(other)} AS entity
