// Removes the articles' ids from every entity they mentioned; deletes entities no article supports any more.
UNWIND $ids AS aid
MATCH (art:Article {id: aid})
UNWIND art.entityIds AS eid
MATCH (n:Entity {id: eid})
WHERE aid IN n.articles
SET n.articles = [a IN n.articles WHERE a <> aid]
WITH DISTINCT n WHERE size(n.articles) = 0
DETACH DELETE n
