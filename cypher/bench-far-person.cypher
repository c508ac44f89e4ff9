// A person (identity cluster) at exactly one event, other than the hub: a long path to ask for, by its cluster id.
MATCH (p:Person)-[:ATTENDED|CHAIRED|LED]->(e:Event)
WITH coalesce(p.person, p.id) AS person, min(p.name) AS name, count(e) AS events
WHERE person <> $hubId AND events = 1
RETURN person AS id, name
ORDER BY person DESC
LIMIT 1
