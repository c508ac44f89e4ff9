// For each person of $ids: the $first people who took part (attended, chaired, led) in the most events with
// them, how many, and the ids of the newest $maxEvents of those events (undated last: the page of shared
// events any query can ask for, first ≤ 100); and, in `pageEvents`, the events of every co-attendee's newest
// $pageEvents whole (the default page, so a query needs no second statement for them).
// $from / $to ('YYYY-MM-DD' or null) keep events dated within the range, both bounds inclusive; when either is
// set, undated events do not count (a null date compares to null and fails the test).
// Shape (src/bench/findings.md): the person's events are sorted once, newest first, before their
// participants are expanded; collect keeps the incoming order, so every co-attendee's list comes out sorted
// (no sort per co-attendee: at 1k that was 2 328 of 6 702 db hits).
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Person {id: id})-[:ATTENDED|CHAIRED|LED]->(e:Event)
  WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  WITH DISTINCT p, e
  ORDER BY coalesce(e.date, '') DESC, e.name, e.id
  MATCH (e)<-[:ATTENDED|CHAIRED|LED]-(other:Person)
  WHERE other <> p
  WITH other, collect(DISTINCT e) AS events
  ORDER BY size(events) DESC, other.name, other.id
  LIMIT $first
  WITH collect({person: other {.id, .name, .aliases, .date, .kind, labels: labels(other)}, count: size(events),
                events: [e IN events[..$maxEvents] | e.id], page: events[..$pageEvents]}) AS kept
  // The default page's events, each projected once: the top co-attendees of a hub share the same newest events.
  CALL (kept) {
    UNWIND kept AS k
    UNWIND k.page AS e
    WITH DISTINCT e
    RETURN collect(e {.id, .name, .aliases, .date, .kind, labels: labels(e)}) AS pageEvents
  }
  RETURN [k IN kept | k {.person, .count, .events}] AS rows, pageEvents
}
RETURN id, rows, pageEvents
