// Naive loader: one article per statement, each its own transaction (the baseline the batched loader beats).
MERGE (x:Article {id: $id})
SET x.source = $source, x.span = $span, x.title = $title, x.date = $date
