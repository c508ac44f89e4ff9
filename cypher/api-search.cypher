// Full-text search over names and aliases (cjk analyzer); $query is Lucene-escaped user text (one
// character is asked as the bigrams it begins or ends: see fullTextQuery in src/api/store.ts).
// Lucene keeps only the top $fetch hits (or null: all of them, when $types filters); the order is Lucene's
// (score, then index order). A person is its cluster (`person`): its anchor nodes are one hit, placed where
// its first one came, so each page is a prefix of the next one's hits. `hits` counts the raw hits read (also
// when the page is empty): fewer than $fetch means Lucene has no more, else src/api/store.ts may ask again
// with a larger $fetch when the page came out short. Only the page is projected.
CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: $fetch}) YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
WITH collect({node: node, score: score}) AS found
OPTIONAL CALL (found) {
  UNWIND range(0, size(found) - 1) AS i
  WITH i, found[i].node AS node, found[i].score AS score
  WITH CASE WHEN node:Person THEN coalesce(node.person, node.id) ELSE node.id END AS key,
       min(i) AS first, max(score) AS score, collect(node) AS nodes
  WITH key, first, score, nodes[0] AS node
  ORDER BY first
  SKIP $skip
  LIMIT $limit
  RETURN key, node, score
}
RETURN size(found) AS hits, score, CASE
  WHEN node IS NULL THEN null
  WHEN node:Person THEN node {id: key, .name, labels: labels(node),
             aliases: reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: key}) RETURN c.aliases AS l ORDER BY c.id <> key, c.id }
                             | acc + [a IN coalesce(l, []) WHERE NOT a IN acc])}
  ELSE node {.id, .name, .aliases, .date, .kind, labels: labels(node)} END AS entity
