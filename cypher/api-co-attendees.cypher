// For each person of $ids: the people who took part (attended, chaired, led) in the same events,
// with those events, most shared events first, $first per person.
// Ranked on bare nodes; only the $first kept are projected to maps (a hub has thousands of co-attendees).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:ATTENDED|CHAIRED|LED]->(e:Event)<-[:ATTENDED|CHAIRED|LED]-(other:Person)
WHERE other <> p
WITH id, other, collect(DISTINCT e) AS events
ORDER BY size(events) DESC, other.name, other.id
WITH id, collect({person: other, events: events})[..$first] AS top
UNWIND top AS row
WITH id, row.person AS other, row.events AS events
RETURN id, collect({person: other {.*, labels: labels(other)}, events: [e IN events | e {.*, labels: labels(e)}]}) AS rows
