// A byline: Person → Article.
UNWIND $relations AS r
MATCH (a:Person {id: r.from})
MATCH (b:Article {id: r.to})
MERGE (a)-[x:REPORTED]->(b)
WITH x, r, coalesce(x.articles, []) AS have
WITH x, r, have, [i IN range(0, size(r.knownArticles) - 1) WHERE NOT r.knownArticles[i] IN have] AS missing
WITH x, have, r.newArticles + [i IN missing | r.knownArticles[i]] AS articles, r.newEvidence + [i IN missing | r.knownEvidence[i]] AS evidence
WHERE size(articles) > 0
SET x.articles = have + articles, x.evidence = coalesce(x.evidence, []) + evidence
