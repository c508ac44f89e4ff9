// Full-text search over names and aliases (cjk analyzer); $query is Lucene-escaped.
// Sorted and paged on bare nodes; only the page is projected (hubs carry long provenance lists).
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
WITH node, score
ORDER BY score DESC, node.name, node.id
SKIP $skip
LIMIT $limit
RETURN node {.*, labels: labels(node)} AS entity, score
