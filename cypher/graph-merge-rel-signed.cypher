UNWIND $relations AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
MERGE (a)-[x:SIGNED]->(b)
ON CREATE SET x.articles = [], x.evidence = []
WITH x, r WHERE NOT r.article IN x.articles
SET x.evidence = x.evidence + r.evidence, x.articles = x.articles + r.article
