// The refresh's last step starts here: writing GraphVersion takes the lock every load takes at
// graph-bump-version, so no load commits until this transaction has marked the projection current. The old
// stamp goes first (a refresh that fails leaves the projection unread).
MATCH (g:GraphVersion {id: 'graph'})
SET g.coAttendance = null
RETURN g.version AS version
