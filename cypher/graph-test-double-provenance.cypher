// Tests only: what two concurrent ingests left before loads locked their articles — every article id (and its
// evidence) twice in every provenance list.
CALL () {
  MATCH (n:Entity) SET n.articles = n.articles + n.articles
}
CALL () {
  MATCH ()-[r]->() WHERE r.articles IS NOT NULL
  SET r.articles = r.articles + r.articles, r.evidence = r.evidence + r.evidence
}
RETURN true AS done
