// Removes the articles' ids and evidence from every relationship they supported; deletes those left with none.
// A relationship an article supports joins two entities it touches (or a reporter and the article), so
// relationships are found between those pairs (expand-into), never by scanning a hub's every relationship.
UNWIND $ids AS aid
MATCH (art:Article {id: aid})
MATCH (n:Entity) WHERE n.id IN art.entityIds
WITH aid, art, collect(n) AS touched
UNWIND touched AS n
UNWIND touched + [art] AS m
MATCH (n)-[r]->(m)
WITH r, collect(DISTINCT aid) AS gone
WITH r, gone, r.articles AS have, r.evidence AS evidence
WITH r, have, evidence, [i IN range(0, size(have) - 1) WHERE NOT have[i] IN gone] AS keep
WHERE size(keep) < size(have)
SET r.articles = [i IN keep | have[i]], r.evidence = [i IN keep | evidence[i]]
WITH r, keep WHERE size(keep) = 0
DELETE r
