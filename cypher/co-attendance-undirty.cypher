// Removes the refresh marks just handled: each only while it holds the token read before the refresh (a load
// that marked the person again since then keeps its mark, so that change is refreshed too).
UNWIND $marks AS m
MATCH (d:CoAttendanceDirty {person: m.person})
WHERE d.token = m.token
DELETE d
