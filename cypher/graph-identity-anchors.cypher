// Every anchor node (src/identity) of the given person names, with what clusters them into people
// (src/identity/cluster.ts): whether a post placed it, the first and last date its posts were seen (kept on
// HOLDS_POSITION by graph-merge-rel-keyed, so a hub's articles are not visited), and its mentions (the count
// graph-identity-mentions keeps; the list's size on a graph loaded before it).
UNWIND $names AS name
MATCH (n:Person {name: name})
OPTIONAL MATCH (n)-[h:HOLDS_POSITION]->()
WITH name, n, count(h) AS posts, min(h.first) AS first, max(h.last) AS last
RETURN name, n.id AS id, n.anchor IS NULL AS unanchored, posts > 0 AS posted, first, last, coalesce(n.mentions, size(coalesce(n.articles, []))) AS mentions, n.person AS person
