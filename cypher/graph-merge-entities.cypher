// The newest name wins; earlier names and every alias seen stay as aliases. Article ids are added once.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.articles = [], n.aliases = []
SET n:$(e.type)
WITH n, e, [x IN n.aliases + CASE WHEN n.name IS NULL THEN [] ELSE [n.name] END + e.aliases WHERE x <> e.name] AS names
SET n.name = e.name,
    n.aliases = reduce(acc = [], x IN names | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.articles = n.articles + [a IN e.articles WHERE NOT a IN n.articles]
FOREACH (_ IN CASE WHEN e.type = 'Event' THEN [1] ELSE [] END | SET n.date = e.date, n.kind = e.kind)
