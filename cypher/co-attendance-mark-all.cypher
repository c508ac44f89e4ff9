// Marks every person (cluster) and every projected one for a refresh: a graph loaded before loads kept marks,
// or a full rebuild. Writes GraphVersion first (its lock: no load commits in between), then it is tracked.
MATCH (g:GraphVersion {id: 'graph'})
SET g.coTracked = true
WITH g
CALL () {
  MATCH (p:Person) WHERE p.person = p.id
  RETURN p.person AS k
  UNION
  MATCH (c:CoAttendance)
  RETURN c.person AS k
}
MERGE (d:CoAttendanceDirty {person: k})
SET d.token = $token
