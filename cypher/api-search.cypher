// Full-text search over names and aliases (cjk analyzer); $query is Lucene-escaped user text (one
// character is asked as the bigrams it begins or ends: see fullTextQuery in src/api/store.ts).
// Lucene keeps only the top $fetch hits (skip + page, or null to get all of them when $types filters);
// the order is Lucene's (score, then index order), so each page is a prefix of the next one's hits.
// Only the page is projected.
CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: $fetch}) YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
WITH node, score
SKIP $skip
LIMIT $limit
RETURN node {.id, .name, .aliases, .date, .kind, labels: labels(node)} AS entity, score
