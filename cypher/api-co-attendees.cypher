// For each person of $ids: the people who took part (attended, chaired, led) in the same events,
// with those events, most shared events first, $first per person.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:ATTENDED|CHAIRED|LED]->(e:Event)<-[:ATTENDED|CHAIRED|LED]-(other:Person)
WHERE other <> p
WITH id, other, collect(DISTINCT e {.*, labels: labels(e)}) AS events
ORDER BY size(events) DESC, other.name, other.id
WITH id, collect({person: other {.*, labels: labels(other)}, events: events}) AS rows
RETURN id, rows[..$first] AS rows
