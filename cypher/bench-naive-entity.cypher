// Naive loader: one entity per statement, with the same provenance rule as the real loader (article ids once).
MERGE (n:Entity {id: $id})
ON CREATE SET n.articles = [], n.aliases = []
SET n:$($type), n.name = $name,
    n.aliases = n.aliases + [x IN $aliases WHERE NOT x IN n.aliases],
    n.articles = n.articles + [a IN $articles WHERE NOT a IN n.articles]
FOREACH (_ IN CASE WHEN $type = 'Event' THEN [1] ELSE [] END | SET n.date = $date, n.kind = $kind)
