// The ids of the articles that mention each of $ids. Entity projections leave this provenance list out
// (a hub's has thousands of ids); it is read only when a query asks for an entity's articles or sources.
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id, n.articles AS articles
