// One row per relationship and transaction; {{TYPE}} is filled from the relation table (src/model/relation-types.ts):
// a static type, so MERGE expands between the two nodes on that type alone, even at a dense hub.
// Set semantics: the relationship is locked (SET/REMOVE of a scratch property) before its lists are read, so
// concurrent loads append one after the other. Ids of articles new to the graph are appended as they are:
// this transaction created (and so locked) their Article nodes first (graph-lock-articles), and an id sits
// in a list only while its Article exists. Re-loaded ones are added only when missing (linear in a long list).
// {{KEY}} (HOLDS_POSITION's title) is part of the identity: one relationship per (from, key, to).
UNWIND $relations AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
MERGE (a)-[x:{{TYPE}} { {{KEY}}: r.{{KEY}} }]->(b)
SET x._lock = true REMOVE x._lock
// first/last: the earliest and latest date of the articles that state it (a post's sightings; src/identity).
// New articles widen them; a retraction narrows them (graph-retract-relationships). A re-loaded article may come
// with a new date (a new --date) that no longer bounds them: then they are read again from every stored
// article's date (its Article node already has the new one), linear in the list like the re-loaded ids below.
SET x.first = CASE WHEN r.first IS NOT NULL AND (x.first IS NULL OR r.first < x.first) THEN r.first ELSE x.first END,
    x.last = CASE WHEN r.last IS NOT NULL AND (x.last IS NULL OR r.last > x.last) THEN r.last ELSE x.last END
WITH x, r, coalesce(x.articles, []) AS have
// (A subquery filtered first, so loads of new articles only never read the dates.)
CALL (x, r, have) {
  WITH x, r, have WHERE size(r.knownArticles) > 0
  UNWIND have + r.newArticles + r.knownArticles AS id
  OPTIONAL MATCH (a:Article {id: id})
  WITH x, min(a.date) AS first, max(a.date) AS last
  SET x.first = first, x.last = last
}
WITH x, r, have, [i IN range(0, size(r.knownArticles) - 1) WHERE NOT r.knownArticles[i] IN have] AS missing
WITH x, have, r.newArticles + [i IN missing | r.knownArticles[i]] AS articles, r.newEvidence + [i IN missing | r.knownEvidence[i]] AS evidence
WHERE size(articles) > 0
SET x.articles = have + articles, x.evidence = coalesce(x.evidence, []) + evidence
