// The person at the most events: the Zipf head the coAttendees benchmark asks about.
MATCH (p:Person)
WITH p, COUNT { (p)-[:ATTENDED|CHAIRED|LED]->(:Event) } AS events
ORDER BY events DESC, p.id
LIMIT 1
RETURN p.id AS id, p.name AS name, events
