// For each person of $ids: the people who took part (attended, chaired, led) in the same events,
// with those events, most shared events first, $first per person.
// A hub has thousands of co-attendees: rank them by a count (a top-k sort, no lists built), then
// collect the shared events of only the $first kept.
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Person {id: id})-[:ATTENDED|CHAIRED|LED]->(e:Event)<-[:ATTENDED|CHAIRED|LED]-(other:Person)
  WHERE other <> p
  WITH p, other, count(DISTINCT e) AS shared
  ORDER BY shared DESC, other.name, other.id
  LIMIT $first
  MATCH (p)-[:ATTENDED|CHAIRED|LED]->(e:Event)<-[:ATTENDED|CHAIRED|LED]-(other)
  WITH other, shared, collect(DISTINCT e) AS events
  ORDER BY shared DESC, other.name, other.id
  RETURN collect({person: other {.*, labels: labels(other)}, events: [e IN events | e {.*, labels: labels(e)}]}) AS rows
}
RETURN id, rows
