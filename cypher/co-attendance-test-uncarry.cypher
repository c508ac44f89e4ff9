// Tests only: the projected rows' event names and dates removed, as rows built before they carried them.
MATCH (c:CoAttendance)
REMOVE c.eventNames, c.eventDates
