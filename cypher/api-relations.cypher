// The relationships between entities around each of $ids, with the entity at the other end; only
// types in $types (null: any) and only outgoing, incoming or either way ($outgoing true, false, null).
// One statement per nesting level and kind of field (the DataLoader batches the ids).
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(other:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($outgoing IS NULL OR (startNode(r) = n) = $outgoing)
RETURN id, type(r) AS type, startNode(r) = n AS outgoing, r.title AS title,
       r.articles AS articles, r.evidence AS evidence, other {.id, .name, .aliases, .date, .kind, labels: labels(other)} AS other
