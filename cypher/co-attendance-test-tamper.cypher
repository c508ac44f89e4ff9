// Tests only: changes one projected count, so a test can tell an answer read from the projection.
MATCH (c:CoAttendance {person: $person, other: $other})
SET c.count = $count
