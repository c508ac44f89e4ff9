// Naive loader: one {{TYPE}} relationship (entity → Article) per statement, in its own transaction; each article once.
MATCH (a:Entity {id: $from})
MATCH (b:Article {id: $to})
MERGE (a)-[x:{{TYPE}}]->(b)
ON CREATE SET x.articles = [], x.evidence = []
WITH x WHERE NOT $article IN x.articles
SET x.evidence = x.evidence + $evidence, x.articles = x.articles + $article
