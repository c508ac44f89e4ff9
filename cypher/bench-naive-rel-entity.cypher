// Naive loader: one {{TYPE}} relationship (entity → entity) per statement, in its own transaction; each article once.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[x:{{TYPE}}]->(b)
ON CREATE SET x.articles = [], x.evidence = []
WITH x WHERE NOT $article IN x.articles
SET x.evidence = x.evidence + $evidence, x.articles = x.articles + $article
