// Whether the graph has a version yet, and whether its loads have kept refresh marks since it was made
// (GraphVersion.coTracked, set when graph-bump-version creates it): a graph loaded before that is marked whole once.
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
RETURN g IS NOT NULL AS exists, coalesce(g.coTracked, false) AS tracked
