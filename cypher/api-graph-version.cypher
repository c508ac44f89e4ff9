// The graph's version (graph-bump-version): it changes with every load or retraction; null before any.
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
RETURN g.version AS version
