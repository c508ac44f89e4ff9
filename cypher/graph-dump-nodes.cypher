// Every node (but the version and schema markers and the co-attendance projection, derived data that its own tests compare)
// with its identifying properties (tests compare whole graphs with this).
MATCH (n) WHERE NOT n:GraphVersion AND NOT n:SchemaVersion AND NOT n:CoAttendance AND NOT n:CoAttendanceDirty
RETURN labels(n) AS labels, n.id AS id, n.name AS name, n.aliases AS aliases, n.articles AS articles,
       n.source AS source, n.title AS title, n.date AS date, n.kind AS kind
