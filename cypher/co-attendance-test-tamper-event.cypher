// Tests only: changes the name one person's projected rows carry for one event, so a test can tell a default page
// read from the rows from one read from the Event node.
MATCH (c:CoAttendance {person: $person})
SET c.eventNames = [i IN range(0, size(c.eventNames) - 1) | CASE c.events[i] WHEN $event THEN $name ELSE c.eventNames[i] END]
