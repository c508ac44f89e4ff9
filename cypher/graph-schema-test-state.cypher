// Tests: the schema-version markers (there must be one at most) and every Person's cluster.
RETURN COLLECT { MATCH (m:SchemaVersion) RETURN m.version } AS versions,
       COLLECT { MATCH (n:Person) RETURN [n.id, n.person] AS p ORDER BY n.id } AS people
