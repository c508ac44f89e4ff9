// @neo4j/graphql peer: co-attendees of the person named $name, most shared events first, with how many and
// the $events newest of them (the same answer our coAttendees gives).
MATCH (p:Person {name: $name})-[:ATTENDED|CHAIRED|LED]->(e:Event)<-[:ATTENDED|CHAIRED|LED]-(other:Person)
WHERE other <> p
WITH other, e
ORDER BY coalesce(e.date, '') DESC, e.name, e.id
WITH other, collect(DISTINCT e) AS events
ORDER BY size(events) DESC, other.name, other.id
LIMIT $first
RETURN {id: other.id, name: other.name, count: size(events),
        events: [e IN events[..$events] | {id: e.id, name: e.name, date: e.date}]} AS row
