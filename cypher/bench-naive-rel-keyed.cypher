// Naive loader: one {{TYPE}} relationship (with its identity key {{KEY}}) per statement, in its own transaction; each article once.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[x:{{TYPE}} { {{KEY}}: $key }]->(b)
ON CREATE SET x.articles = [], x.evidence = []
WITH x WHERE NOT $article IN x.articles
SET x.evidence = x.evidence + $evidence, x.articles = x.articles + $article
