// @neo4j/graphql peer: full-text search over names and aliases ($query is Lucene-escaped by the caller).
CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: $first}) YIELD node, score
RETURN {id: node.id, name: node.name} AS row
