// For each person of $ids: the $first people who took part (attended, chaired, led) in the most events
// with them, and how many. A hub has thousands of co-attendees sharing thousands of events: rank them
// by a count (a top-k sort, no lists built); the shared events themselves are paged by api-shared-events.
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Person {id: id})-[:ATTENDED|CHAIRED|LED]->(e:Event)<-[:ATTENDED|CHAIRED|LED]-(other:Person)
  WHERE other <> p
  WITH other, count(DISTINCT e) AS shared
  ORDER BY shared DESC, other.name, other.id
  LIMIT $first
  RETURN collect({person: other {.id, .name, .aliases, .date, .kind, labels: labels(other)}, count: shared}) AS rows
}
RETURN id, rows
