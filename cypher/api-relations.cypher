// The relationships between entities around each of $ids, with the entity at the other end; only
// types in $types (null: any) and only outgoing, incoming or either way ($outgoing true, false, null).
// A person of $ids is every anchor node of the cluster (`person`); a person at the other end is its cluster
// (the code merges the rows of two anchors of one person with the same relation to the same entity).
// One statement per nesting level and kind of field (the DataLoader batches the ids).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Person {person: id}) RETURN n
  UNION
  MATCH (n:Entity {id: id}) WHERE NOT n:Person RETURN n
}
MATCH (n)-[r]-(other:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($outgoing IS NULL OR (startNode(r) = n) = $outgoing)
RETURN id, type(r) AS type, startNode(r) = n AS outgoing, r.title AS title,
       r.articles AS articles, r.evidence AS evidence,
       CASE WHEN other:Person
         THEN other {id: coalesce(other.person, other.id), .name, labels: labels(other),
                     aliases: reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: other.person}) RETURN c.aliases AS l ORDER BY c.id <> other.person, c.id }
                                     | acc + [a IN coalesce(l, []) WHERE NOT a IN acc])}
         ELSE other {.id, .name, .aliases, .date, .kind, labels: labels(other)} END AS other
