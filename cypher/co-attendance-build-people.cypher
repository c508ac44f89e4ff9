// The co-attendance projection of $people (cluster ids; co-attendance-drop removed their rows first), built from
// the events: for each that is still a person (a cluster, `person`, taken once at its first anchor node, whose
// id is the cluster id), their top $first co-attendees (people, each their cluster,
// who attended, chaired or led the same events as any anchor node of it; most shared events first, then name,
// id — the order api-co-attendees answers in, kept as `rank`, so any first ≤ $first is a prefix) as
// CoAttendance nodes, one per ordered pair, with the other's name (what api-co-attendees shows; a cluster's name
// is fixed with its id), how many events they shared and the ids of the newest
// $maxEvents of them (undated last), and for the newest $pageEvents (the API's default page) their names and
// dates in parallel lists (a list property holds no null: an undated event's date is '', a nameless one's name its
// id, as the API shows it), so the default answer reads no Event node. A re-ingest that renames or re-dates an
// event marks its participants (co-attendance-mark), and every row that lists it belongs to one of them.
// Not Entity nodes and no relationships: no other statement sees them. Valid
// only while GraphVersion's coAttendance equals its version (co-attendance-stamp); api-co-attendees checks
// that and otherwise reads the events.
UNWIND $people AS k
MATCH (p:Person {id: k}) WHERE p.person = k
CALL (p) {
  MATCH (:Person {person: p.id})-[:ATTENDED|CHAIRED|LED]->(e:Event)
  WITH DISTINCT p, e
  // Each event's id, name and date read once here, before the expand (a read in the list comprehensions below
  // was a db hit per row and event: 175 316 → 219 548 for the 1k graph's build when the names were added so).
  WITH p, e, e.id AS id, e.name AS eventName, coalesce(e.date, '') AS date
  ORDER BY date DESC, eventName, id
  MATCH (e)<-[:ATTENDED|CHAIRED|LED]-(other:Person)
  WHERE other.person <> p.id
  WITH p, other.person AS key, other.name AS name, collect(DISTINCT [id, coalesce(eventName, id), date]) AS events
  ORDER BY size(events) DESC, name, key
  LIMIT $first
  WITH p, collect({other: key, name: name, count: size(events), events: [x IN events[..$maxEvents] | x[0]],
                    eventNames: [x IN events[..$pageEvents] | x[1]],
                    eventDates: [x IN events[..$pageEvents] | x[2]]}) AS ranked
  UNWIND range(0, size(ranked) - 1) AS rank
  CREATE (:CoAttendance {person: p.id, rank: rank, other: ranked[rank].other, name: ranked[rank].name,
                         count: ranked[rank].count, events: ranked[rank].events,
                         eventNames: ranked[rank].eventNames, eventDates: ranked[rank].eventDates})
}
