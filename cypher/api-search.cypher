// Full-text search over names and aliases (cjk analyzer); $query is Lucene-escaped user text (one
// character is asked as the bigrams it begins or ends: see fullTextQuery in src/api/lucene.ts).
// Lucene keeps only the top $fetch hits (or null: all of them, when $types filters); the order is Lucene's
// (score, then index order). A person is its cluster (`person`): its anchor nodes are one hit, placed where
// its first one came, so each page is a prefix of the next one's hits. A busy person's anchors can fill the
// first $fetch hits (the 100k hub's name), so when they hold fewer than $skip + $limit things and Lucene had
// $fetch, Lucene is asked again here for $more: one round trip where src/api/store.ts used to ask up to four
// times. `fetched` is the limit that answered and `hits` the raw hits read (also when the page is empty):
// hits < fetched means Lucene has no more, else the store may ask again when the page still came out short.
// Only the page is projected, and aliases, dates and kinds only when $details (the query shows them): a person's
// aliases are a COLLECT over all his anchor nodes (97 for the 100k hub).
CALL () {
  CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: $fetch}) YIELD node, score
  WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
  RETURN collect({node: node, score: score, key: CASE WHEN node:Person THEN coalesce(node.person, node.id) ELSE node.id END}) AS first
}
WITH first, $fetch IS NOT NULL AND size(first) >= $fetch
            AND size(reduce(keys = [], f IN first | CASE WHEN f.key IN keys THEN keys ELSE keys + f.key END)) < $skip + $limit AS short
CALL (first, short) {
  WITH first WHERE NOT short
  RETURN first AS found, $fetch AS fetched
  UNION ALL
  WITH short WHERE short
  CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: $more}) YIELD node, score
  WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
  RETURN collect({node: node, score: score, key: CASE WHEN node:Person THEN coalesce(node.person, node.id) ELSE node.id END}) AS found,
         $more AS fetched
}
OPTIONAL CALL (found) {
  UNWIND range(0, size(found) - 1) AS i
  WITH found[i].key AS key, min(i) AS first, max(found[i].score) AS score
  ORDER BY first
  SKIP $skip
  LIMIT $limit
  RETURN key, found[first].node AS node, score
}
RETURN size(found) AS hits, fetched, score, CASE
  WHEN node IS NULL THEN null
  WHEN NOT $details THEN {id: key, name: node.name, labels: labels(node)}
  WHEN node:Person THEN node {id: key, .name, labels: labels(node),
             aliases: reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: key}) RETURN c.aliases AS l ORDER BY c.id <> key, c.id }
                             | acc + [a IN coalesce(l, []) WHERE NOT a IN acc])}
  ELSE node {.id, .name, .aliases, .date, .kind, labels: labels(node)} END AS entity
