// The newest name wins; earlier names and every alias seen stay as aliases. Article ids are added once:
// ids of articles new to the graph are appended as they are, re-loaded ones only when missing.
// Lists are read once into variables: a hub entity's `articles` can hold 100k ids.
// Set semantics under concurrent loads: the node is locked (SET/REMOVE of a scratch property) before its
// lists are read, so two loads append one after the other; rows come sorted by id (one lock order).
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
SET n:$(e.type), n._lock = true REMOVE n._lock
WITH n, e, coalesce(n.articles, []) AS have, coalesce(n.aliases, []) + CASE WHEN n.name IS NULL THEN [] ELSE [n.name] END AS known
WITH n, e, have, e.newArticles + [a IN e.knownArticles WHERE NOT a IN have] AS added, [x IN known + e.aliases WHERE x <> e.name] AS names
SET n.name = e.name,
    n.aliases = reduce(acc = [], x IN names | CASE WHEN x IN acc THEN acc ELSE acc + x END)
FOREACH (_ IN CASE WHEN n.articles IS NULL OR size(added) > 0 THEN [1] ELSE [] END | SET n.articles = have + added)
FOREACH (_ IN CASE WHEN e.type = 'Event' THEN [1] ELSE [] END | SET n.date = e.date, n.kind = e.kind, n.yearAssumed = CASE WHEN e.yearAssumed THEN true END)
// Identity (src/identity): what anchors a person or a level-named body, a function of its id, so rewriting it is idempotent.
FOREACH (_ IN CASE WHEN e.places IS NULL THEN [] ELSE [1] END | SET n.anchor = e.anchor, n.places = e.places)
// Every Person starts as a cluster of its own (`person` = id): the API reads people by cluster, identity on or off;
// under identity the load's recompute (src/identity/graph.ts) then joins it to its name's clusters.
FOREACH (_ IN CASE WHEN e.type = 'Person' AND n.person IS NULL THEN [1] ELSE [] END | SET n.person = n.id)
