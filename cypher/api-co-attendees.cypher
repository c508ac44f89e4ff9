// For each person of $ids: the $first people who took part (attended, chaired, led) in the most events with
// them, how many, and the ids of the newest $maxEvents of those events (undated last): the page of shared
// events any query can ask for (first ≤ 100), loaded by id. One pass over the person's events and their
// participants; only the kept co-attendees' events are sorted (a top-k each). $from/$to (ISO or null) keep
// events dated in that range; when either is set, undated events are left out.
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Person {id: id})-[:ATTENDED|CHAIRED|LED]->(e:Event)<-[:ATTENDED|CHAIRED|LED]-(other:Person)
  WHERE other <> p AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  WITH other, collect(DISTINCT e) AS events
  ORDER BY size(events) DESC, other.name, other.id
  LIMIT $first
  CALL (events) {
    UNWIND events AS e
    WITH e
    ORDER BY coalesce(e.date, '') DESC, e.name, e.id
    LIMIT $maxEvents
    RETURN collect(e.id) AS newest
  }
  RETURN collect({person: other {.id, .name, .aliases, .date, .kind, labels: labels(other)},
                  count: size(events), events: newest}) AS rows
}
RETURN id, rows
