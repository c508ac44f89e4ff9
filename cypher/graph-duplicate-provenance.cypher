// Nodes and relationships whose provenance list holds an article id more than once (a sound graph has none).
CALL () {
  MATCH (n:Entity) WHERE size(n.articles) > size(COLLECT { UNWIND n.articles AS a RETURN DISTINCT a })
  RETURN collect(n.id) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b) WHERE size(r.articles) > size(COLLECT { UNWIND r.articles AS x RETURN DISTINCT x })
  RETURN collect(type(r) + ' ' + a.id + ' → ' + b.id) AS relationships
}
RETURN nodes, relationships
