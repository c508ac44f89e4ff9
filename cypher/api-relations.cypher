// Every relationship between entities around each of $ids, both directions, with the entity at the
// other end: one statement per nesting level of a query (fields filter by type in memory).
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(other:Entity)
RETURN id, type(r) AS type, startNode(r) = n AS outgoing, r.title AS title,
       r.articles AS articles, r.evidence AS evidence, other {.*, labels: labels(other)} AS other
