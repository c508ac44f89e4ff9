// Naive loader: one HOLDS_POSITION relationship per statement, in its own transaction; each article once.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[x:HOLDS_POSITION {title: $title}]->(b)
ON CREATE SET x.articles = [], x.evidence = []
WITH x WHERE NOT $article IN x.articles
SET x.evidence = x.evidence + $evidence, x.articles = x.articles + $article
