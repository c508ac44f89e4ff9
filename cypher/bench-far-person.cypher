// A person at exactly one event, in another district's news than the hub: a long path to ask for.
MATCH (p:Person)-[:ATTENDED|CHAIRED|LED]->(e:Event)
WHERE p.id <> $hubId
WITH p, count(e) AS events
WHERE events = 1
RETURN p.id AS id, p.name AS name
ORDER BY p.id DESC
LIMIT 1
