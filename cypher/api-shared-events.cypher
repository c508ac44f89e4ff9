// For each pair of people in $pairs: the events both took part in (attended, chaired, led), newest first
// (undated last), the first $first of them. It walks the co-attendee's events and checks each for the
// person (an event has a handful of participants), a top-k sort per pair: a hub's thousands of events
// are never all expanded or sorted.
UNWIND $pairs AS pair
CALL (pair) {
  MATCH (:Person {id: pair.other})-[:ATTENDED|CHAIRED|LED]->(e:Event)
  WHERE EXISTS { (e)<-[:ATTENDED|CHAIRED|LED]-(:Person {id: pair.person}) }
  WITH DISTINCT e
  ORDER BY coalesce(e.date, '') DESC, e.name, e.id
  LIMIT $first
  RETURN collect(e {.id, .name, .aliases, .date, .kind, labels: labels(e)}) AS events
}
RETURN pair.person AS person, pair.other AS other, events
