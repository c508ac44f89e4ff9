// The co-attendance rows of the given people (clusters), before they are built again (or for good, when the
// cluster id is gone: merged into another, split, retracted).
UNWIND $people AS k
MATCH (c:CoAttendance {person: k})
DELETE c
