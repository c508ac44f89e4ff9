// One row per relationship and transaction; {{TYPE}} is filled from the relation table (src/model/relation-types.ts):
// a static type, so MERGE expands between the two nodes on that type alone, even at a dense hub.
// Set semantics: the relationship is locked (SET/REMOVE of a scratch property) before its lists are read, so
// concurrent loads append one after the other. Ids of articles new to the graph are appended as they are:
// this transaction created (and so locked) their Article nodes first (graph-lock-articles), and an id sits
// in a list only while its Article exists. Re-loaded ones are added only when missing (linear in a long list).
UNWIND $relations AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
MERGE (a)-[x:{{TYPE}}]->(b)
SET x._lock = true REMOVE x._lock
WITH x, r, coalesce(x.articles, []) AS have
WITH x, r, have, [i IN range(0, size(r.knownArticles) - 1) WHERE NOT r.knownArticles[i] IN have] AS missing
WITH x, have, r.newArticles + [i IN missing | r.knownArticles[i]] AS articles, r.newEvidence + [i IN missing | r.knownEvidence[i]] AS evidence
WHERE size(articles) > 0
SET x.articles = have + articles, x.evidence = coalesce(x.evidence, []) + evidence
