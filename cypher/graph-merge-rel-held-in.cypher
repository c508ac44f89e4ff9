// One row per relationship and transaction. Ids of articles new to the graph are appended as they are;
// re-loaded ones only when missing (the test is linear in a long list).
UNWIND $relations AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
MERGE (a)-[x:HELD_IN]->(b)
WITH x, r, coalesce(x.articles, []) AS have
WITH x, r, have, [i IN range(0, size(r.knownArticles) - 1) WHERE NOT r.knownArticles[i] IN have] AS missing
WITH x, have, r.newArticles + [i IN missing | r.knownArticles[i]] AS articles, r.newEvidence + [i IN missing | r.knownEvidence[i]] AS evidence
WHERE size(articles) > 0
SET x.articles = have + articles, x.evidence = coalesce(x.evidence, []) + evidence
