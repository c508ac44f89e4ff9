// A re-load repairs what earlier loaders may have left (concurrent ingests before the article lock
// appended an id twice): every list the articles touch keeps each article id once, its first occurrence
// (evidence kept aligned). Distinct through aggregation: linear in a hub's long list, not quadratic.
UNWIND $ids AS aid
MATCH (art:Article {id: aid})
MATCH (n:Entity) WHERE n.id IN art.entityIds
WITH collect(DISTINCT n) AS nodes, collect(DISTINCT art) AS arts
CALL (nodes) {
  UNWIND nodes AS n
  WITH n, n.articles AS have
  WITH n, have, COLLECT { UNWIND have AS a RETURN DISTINCT a } AS once
  WHERE size(once) < size(have)
  SET n.articles = once
}
CALL (nodes, arts) {
  UNWIND nodes AS n
  UNWIND nodes + arts AS m
  MATCH (n)-[r]->(m)
  WITH DISTINCT r
  WITH r, r.articles AS have, r.evidence AS said
  WITH r, have, said, COLLECT { UNWIND range(0, size(have) - 1) AS i WITH have[i] AS a, min(i) AS first RETURN first ORDER BY first } AS keep
  WHERE size(keep) < size(have)
  SET r.articles = [i IN keep | have[i]], r.evidence = [i IN keep | said[i]]
}
RETURN count(*) AS done
