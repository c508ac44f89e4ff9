// For each person of $ids (a cluster, `person`: every anchor node of it takes part), the $first people (each
// their cluster) who took part (attended, chaired or led) in the most events with them, how many, and the ids
// of the newest $maxEvents of those events (undated last: the page of shared events any query can ask for,
// first ≤ 100); and, in `pageEvents`, the events of every co-attendee's newest $pageEvents whole (the default
// page, so a query needs no second statement for them): from the projected rows' carried names and dates when
// the query shows no aliases or kinds, else from the Event nodes.
// With $ref (what a user typed, $ids then ignored) the person is resolved inside this statement, as
// api-resolve-exact does (same match, same order, at most 10 people): `matches` holds what it found, and the
// ranking runs only when that is one person (an id, or a name only one person carries). A name several people
// carry returns the candidates and no answer (the resolver raises AMBIGUOUS from them); none at all, and the
// resolver falls back to the full-text index (api-resolve-text). One statement per question, not two.
// $from / $to ('YYYY-MM-DD' or null) keep events dated within the range, both bounds inclusive; when either is
// set, undated events do not count (a null date compares to null and fails the test).
// Without a range, and while the co-attendance projection is stamped with the graph's current version
// (src/graph/co-attendance.ts, grouped by cluster the same way), the ranking is read from it: ≤ 100 small
// nodes per person instead of every event's participants. Otherwise the person's events are sorted once,
// newest first, before their participants are expanded; collect keeps the incoming order, so every
// co-attendee's list comes out sorted. A cluster's id is its first anchor's id: one seek finds its node.
// Only what the query shows is read: a co-attendee's aliases (a COLLECT over his anchors) when $personAliases,
// a page event's aliases and kind when $eventAliases / $eventKind (each a property read per event: the page's
// ≈170 distinct events were two thirds of the hub's db hits at 1k). No labels are read or sent: every
// co-attendee is a Person and every page event an Event (store-rows.ts types them). The projected rows are read
// by (person, rank) below $first (index co_attendance_person_rank), not all 100 and then sorted, and carry the
// co-attendee's name: no seek of his node.
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
WITH $from IS NULL AND $to IS NULL AND g.coAttendance IS NOT NULL AND g.coAttendance = g.version AS projected
CALL () {
  WITH $ref AS ref WHERE ref IS NOT NULL
  CALL (ref) {
    MATCH (n:Person) WHERE n.id = ref
    RETURN n, 1 AS rank
    UNION
    MATCH (n:Person) WHERE n.name = ref
    RETURN n, 0 AS rank
  }
  // Mentions order a name's people only: the one node an id matches (Person ids are unique) sorts first
  // anyway, so its articles list (thousands of ids for a hub at 100k) is not read.
  WITH coalesce(n.person, n.id) AS key, max(rank) AS rank, collect(n) AS nodes,
       sum(CASE WHEN rank = 0 THEN size(coalesce(n.articles, [])) ELSE 0 END) AS mentions
  WITH key, rank, mentions, nodes[0] AS n
  ORDER BY rank DESC, mentions DESC, key
  LIMIT 10
  // No aliases: the answer never shows the person asked about, and the 100k hub's are a read of 97 anchors.
  RETURN collect({rank: rank, entity: n {id: key, .name, labels: labels(n), aliases: null}}) AS matches
}
// An id wins; a name resolves only when one person carries it (rank 0 rows are all that name's people).
WITH projected, matches,
     CASE WHEN $ref IS NULL THEN $ids
          WHEN size(matches) = 1 OR matches[0].rank = 1 THEN [matches[0].entity.id]
          ELSE [] END AS ids
UNWIND CASE WHEN ids = [] THEN [null] ELSE ids END AS id
OPTIONAL CALL (id, projected) {
  WITH id WHERE id IS NOT NULL AND projected
  // Told to seek: left to itself the planner scanned the whole (person, rank) index and filtered (6 729 of the
  // 1k hub's 7 530 db hits; every person's rows at 100k), as the plan cache's statistics allowed.
  MATCH (c:CoAttendance) USING INDEX SEEK c:CoAttendance(person, rank)
  WHERE c.person = id AND c.rank < $first
  WITH c ORDER BY c.rank
  // Rows built before they carried the co-attendee's name (a cluster's name is its id's: fixed) read his node.
  // (The seek's key is null for a named row, so the planner cannot seek first and filter after; a subquery
  // guarded by `WHERE c.name IS NULL` was planned seek first: 234 db hits against 194.)
  OPTIONAL MATCH (unnamed:Person {id: CASE WHEN c.name IS NULL THEN c.other END})
  // The default page's names and dates came with the row (unless aliases or kinds are shown, which only the
  // Event nodes hold, or the row was built before it carried them): then no Event node is read for it.
  // Each list read once into a variable: `c.eventNames[i]` inside the comprehension was a property read (a db
  // hit) per event, 1 004 for the 1k hub's page.
  WITH c, unnamed, c.events[..$pageEvents] AS page,
       CASE WHEN $eventAliases OR $eventKind THEN null ELSE c.eventNames END AS names,
       CASE WHEN $eventAliases OR $eventKind THEN null ELSE c.eventDates END AS dates
  RETURN c.other AS key, coalesce(c.name, unnamed.name) AS name, c.count AS count, c.events[..$maxEvents] AS eventIds,
         CASE WHEN names IS NULL OR size(names) < size(page) THEN null
              ELSE [i IN range(0, size(page) - 1) | {id: page[i], name: names[i],
                                                     date: CASE dates[i] WHEN '' THEN null ELSE dates[i] END}] END AS carried
  UNION ALL
  WITH id WHERE id IS NOT NULL AND NOT projected
  MATCH (:Person {person: id})-[:ATTENDED|CHAIRED|LED]->(e:Event)
  WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  WITH DISTINCT id, e
  ORDER BY coalesce(e.date, '') DESC, e.name, e.id
  MATCH (e)<-[:ATTENDED|CHAIRED|LED]-(other:Person)
  WHERE other.person <> id
  WITH other.person AS key, other.name AS name, collect(DISTINCT e) AS events
  ORDER BY size(events) DESC, name, key
  LIMIT $first
  RETURN key, name, size(events) AS count, [e IN events[..$maxEvents] | e.id] AS eventIds, null AS carried
}
WITH matches, id, key, name, count, eventIds, carried
ORDER BY count DESC, name, key
WITH matches, id, collect(CASE WHEN key IS NULL THEN null ELSE
                  {count: count, events: eventIds,
                   person: {id: key, name: name,
                            aliases: CASE WHEN $personAliases THEN reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: key}) RETURN c.aliases AS l ORDER BY c.id <> key, c.id }
                                                  | acc + [a IN coalesce(l, []) WHERE NOT a IN acc]) ELSE [] END}} END) AS rows,
     collect(CASE WHEN carried IS NULL THEN eventIds[..$pageEvents] END) AS pages,
     collect(carried) AS carriedPages
// The default page's events not carried by the rows, each loaded once: the top co-attendees of a hub share the
// same newest events.
CALL (pages) {
  UNWIND pages AS page
  UNWIND page AS eventId
  WITH DISTINCT eventId
  MATCH (e:Event {id: eventId})
  RETURN collect(e {.id, .name, .date,
                    aliases: CASE WHEN $eventAliases THEN e.aliases ELSE [] END,
                    kind: CASE WHEN $eventKind THEN e.kind END}) AS pageEvents
}
// Carried events once each, as the loaded ones are (the hub's 20 rows name ≈170 distinct events in 400 places).
RETURN matches, id, rows,
       pageEvents + COLLECT { UNWIND carriedPages AS page UNWIND page AS event RETURN DISTINCT event } AS pageEvents
