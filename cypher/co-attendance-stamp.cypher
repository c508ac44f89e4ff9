// Marks the co-attendance projection valid for the graph's $version, unless a load changed the graph (and
// its version) while the projection was built: then nothing is marked and the API keeps reading the events.
MATCH (g:GraphVersion {id: 'graph'})
WHERE g.version = $version
SET g.coAttendance = $version
RETURN g.version AS version
