// The person (identity cluster: the anchor nodes sharing `person`, src/identity) at the most events: the Zipf
// head the coAttendees benchmark asks about, by its cluster id, since a hub's name may have namesakes
// (100k's 方钰英) and then answers AMBIGUOUS. Anchors without `person` (graphs loaded before it) are their own.
MATCH (p:Person)
WITH coalesce(p.person, p.id) AS person, p, COUNT { (p)-[:ATTENDED|CHAIRED|LED]->(:Event) } AS events
WITH person, sum(events) AS events, min(p.name) AS name, count(p) AS anchors
ORDER BY events DESC, person
LIMIT 1
RETURN person AS id, name, events, anchors
