// Tests only: the projected rows' names removed, as rows built before they carried them.
MATCH (c:CoAttendance)
REMOVE c.name
