// Removes the articles' ids from every entity they mentioned; deletes entities no article supports any more.
// One row per entity with all its retracted articles, so no row reads a list another row rewrote.
UNWIND $ids AS aid
MATCH (art:Article {id: aid})
MATCH (n:Entity) WHERE n.id IN art.entityIds
WITH n, collect(DISTINCT aid) AS gone
WITH n, n.articles AS have, gone
WITH n, have, [a IN have WHERE NOT a IN gone] AS kept
WHERE size(kept) < size(have)
SET n.articles = kept
WITH n, kept WHERE size(kept) = 0
DETACH DELETE n
