// Full-text search over names and aliases (cjk analyzer); $query is Lucene-escaped user text (one
// character is asked as the bigrams it begins or ends: see fullTextQuery in src/api/lucene.ts).
// Lucene keeps only the top $fetch hits (or null: all of them, when $types filters); the order is Lucene's
// (score, then index order). A person is its cluster (`person`): its anchor nodes are one hit, placed where
// its first one came (Lucene's order is by score, so that one's score is the cluster's best), so each page is
// a prefix of the next one's hits. A busy person's anchors can fill the first $fetch hits (the 100k hub's
// name), so when they hold fewer than $skip + $limit things and Lucene had $fetch, Lucene is asked again here
// for $more: one round trip where src/api/store.ts used to ask up to four times. `fetched` is the limit that
// answered and `hits` the raw hits read (also when the page is empty): hits < fetched means Lucene has no more,
// else the store may ask again when the page still came out short.
// Shape (findings 46): one flat row stream, the page deduplicated by a reduce that stops at $skip + $limit
// things and compares keys of people only (other hits are one node each); the second ask is a subquery whose
// collect() yields [] when not short. The JVM's work above the `RETURN 1` floor fell ≈0.7× against the
// former collect → UNION ALL → UNWIND range → group → sort → skip shape, with the same rows.
// Only the page is projected, and aliases, dates and kinds only when $details (the query shows them): a person's
// aliases are a COLLECT over all his anchor nodes (97 for the 100k hub).
CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: $fetch}) YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
WITH collect({node: node, score: score, person: node:Person, key: CASE WHEN node:Person THEN coalesce(node.person, node.id) ELSE node.id END}) AS first
WITH first, reduce(page = [], f IN first | CASE WHEN size(page) >= $skip + $limit OR (f.person AND any(p IN page WHERE p.key = f.key)) THEN page ELSE page + f END) AS firstPage
WITH first, firstPage, $fetch IS NOT NULL AND size(first) >= $fetch AND size(firstPage) < $skip + $limit AS short
CALL (short) {
  WITH short WHERE short
  CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: $more}) YIELD node, score
  WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
  RETURN collect({node: node, score: score, person: node:Person, key: CASE WHEN node:Person THEN coalesce(node.person, node.id) ELSE node.id END}) AS again
}
WITH CASE WHEN short THEN again ELSE first END AS found, CASE WHEN short THEN $more ELSE $fetch END AS fetched,
     CASE WHEN short THEN reduce(page = [], f IN again | CASE WHEN size(page) >= $skip + $limit OR (f.person AND any(p IN page WHERE p.key = f.key)) THEN page ELSE page + f END) ELSE firstPage END AS page
UNWIND CASE WHEN size(page) > $skip THEN page[$skip..] ELSE [null] END AS f
WITH found, fetched, f.key AS key, f.node AS node, f.score AS score
RETURN size(found) AS hits, fetched, score, CASE
  WHEN node IS NULL THEN null
  WHEN NOT $details THEN {id: key, name: node.name, labels: labels(node)}
  WHEN node:Person THEN node {id: key, .name, labels: labels(node),
             aliases: reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: key}) RETURN c.aliases AS l ORDER BY c.id <> key, c.id }
                             | acc + [a IN coalesce(l, []) WHERE NOT a IN acc])}
  ELSE node {.id, .name, .aliases, .date, .kind, labels: labels(node)} END AS entity
