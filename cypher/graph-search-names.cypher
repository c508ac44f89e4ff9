// The full-text index the API searches, queried directly (checks the schema does what it says).
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
RETURN node.id AS id, score
ORDER BY score DESC
