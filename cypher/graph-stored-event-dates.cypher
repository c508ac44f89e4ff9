// The dates stored on events a re-load names without one (its text gave none and no --date was passed) or with
// an assumed year (--read-on): read before a retraction may delete them, so the re-load keeps what the graph knew.
UNWIND $ids AS eid
MATCH (n:Event {id: eid})
WHERE n.date IS NOT NULL
RETURN n.id AS id, n.date AS date, coalesce(n.yearAssumed, false) AS yearAssumed
