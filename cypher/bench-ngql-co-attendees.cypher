// @neo4j/graphql peer: co-attendees of the person (identity cluster, src/identity) with id $id, each other
// person counted once by cluster, most shared events first, with how many and the $events newest of them (the
// same answer our coAttendees gives). Anchors without `person` (graphs loaded before it) are their own cluster.
MATCH (p:Person)
WHERE p.person = $id OR (p.person IS NULL AND p.id = $id)
MATCH (p)-[:ATTENDED|CHAIRED|LED]->(e:Event)<-[:ATTENDED|CHAIRED|LED]-(other:Person)
WITH coalesce(other.person, other.id) AS who, other, e
WHERE who <> $id
WITH who, min(other.name) AS name, e
ORDER BY coalesce(e.date, '') DESC, e.name, e.id
WITH who, name, collect(DISTINCT e) AS events
ORDER BY size(events) DESC, name, who
LIMIT $first
RETURN {id: who, name: name, count: size(events),
        events: [e IN events[..$events] | {id: e.id, name: e.name, date: e.date}]} AS row
