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
WITH r, [i IN keep | have[i]] AS kept, [i IN keep | evidence[i]] AS keptEvidence
SET r.articles = kept, r.evidence = keptEvidence
WITH r, kept
// A post's first/last sighting (graph-merge-rel-keyed) narrows to the dates of the articles left, so the
// clusters (src/identity) and holders(at:) read what a clean load of those articles would have stored.
// The retracted Article nodes still exist here (graph-delete-articles runs next), but their ids are not in `kept`.
// (A subquery filtered first, so relationships without sightings never read the dates.)
CALL (r, kept) {
  WITH r, kept WHERE size(kept) > 0 AND (r.first IS NOT NULL OR r.last IS NOT NULL)
  UNWIND kept AS id
  OPTIONAL MATCH (a:Article {id: id})
  WITH r, min(a.date) AS first, max(a.date) AS last
  SET r.first = first, r.last = last
}
WITH r, kept WHERE size(kept) = 0
DELETE r
