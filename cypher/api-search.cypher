// Full-text search over names and aliases (cjk analyzer); $query is Lucene-escaped.
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
RETURN node {.*, labels: labels(node)} AS entity, score
ORDER BY score DESC, node.name, node.id
SKIP $skip
LIMIT $limit
