// A byline: Person → Article.
UNWIND $relations AS r
MATCH (a:Person {id: r.from})
MATCH (b:Article {id: r.to})
MERGE (a)-[x:REPORTED]->(b)
ON CREATE SET x.articles = [], x.evidence = []
WITH x, r WHERE NOT r.article IN x.articles
SET x.evidence = x.evidence + r.evidence, x.articles = x.articles + r.article
