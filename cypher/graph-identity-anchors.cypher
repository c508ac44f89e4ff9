// Every anchor node (src/identity) of the given person names, with what clusters them into people
// (src/identity/cluster.ts): whether a post placed it, the first and last date its posts were seen, its mentions.
UNWIND $names AS name
MATCH (n:Person {name: name})
CALL (n) {
  OPTIONAL MATCH (n)-[h:HOLDS_POSITION]->()
  UNWIND coalesce(h.articles, []) AS aid
  MATCH (a:Article {id: aid})
  RETURN count(aid) AS posts, min(a.date) AS first, max(a.date) AS last
}
RETURN name, n.id AS id, n.anchor IS NULL AS unanchored, posts > 0 AS posted, first, last, size(coalesce(n.articles, [])) AS mentions, n.person AS person
