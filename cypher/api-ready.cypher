// Readiness: the full-text index the API searches exists and is online.
SHOW FULLTEXT INDEXES YIELD name, state
WHERE name = 'entityNames'
RETURN state
