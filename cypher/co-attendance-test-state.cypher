// Tests only: every person (cluster id), the people the projection has rows for, the graph's version and the
// projection's stamp, and how many refresh marks are left.
MATCH (p:Person) WHERE p.person = p.id
WITH collect(p.id) AS people
OPTIONAL MATCH (c:CoAttendance)
WITH people, collect(DISTINCT c.person) AS projected, count(c) AS rows
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
RETURN people, projected, rows, g.version AS version, g.coAttendance AS stamp, COUNT { (:CoAttendanceDirty) } AS marks
