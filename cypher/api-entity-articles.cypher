// The ids of the articles that mention each of $ids (a person: every anchor node of the cluster). Entity
// projections leave this provenance list out (a hub's has thousands of ids); it is read only when a query
// asks for an entity's articles or sources.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Person {person: id}) RETURN n
  UNION
  MATCH (n:Entity {id: id}) WHERE NOT n:Person RETURN n
}
RETURN id, n.articles AS articles
