// The relationships among the entities $ids (an ego network), at most $limit. A person of $ids is every
// anchor node of its cluster (`person`), and a person end is its cluster id.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Person {person: id}) RETURN n
  UNION
  MATCH (n:Entity {id: id}) WHERE NOT n:Person RETURN n
}
MATCH (n)-[r]->(b:Entity)
WITH id, r, CASE WHEN b:Person THEN coalesce(b.person, b.id) ELSE b.id END AS target
WHERE target IN $ids
RETURN id AS source, target, type(r) AS type, r.title AS title, r.articles AS articles, r.evidence AS evidence
ORDER BY source, target, type
LIMIT $limit
