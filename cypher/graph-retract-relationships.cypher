// Removes the articles' ids and evidence from every relationship they supported; deletes those left with none.
UNWIND $ids AS aid
MATCH (art:Article {id: aid})
UNWIND art.entityIds AS eid
MATCH (:Entity {id: eid})-[r]-()
WHERE aid IN r.articles
WITH DISTINCT r, aid
SET r.evidence = [i IN range(0, size(r.articles) - 1) WHERE r.articles[i] <> aid | r.evidence[i]],
    r.articles = [a IN r.articles WHERE a <> aid]
WITH DISTINCT r WHERE size(r.articles) = 0
DELETE r
