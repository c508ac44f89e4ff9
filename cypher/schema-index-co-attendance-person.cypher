CREATE INDEX co_attendance_person IF NOT EXISTS FOR (c:CoAttendance) ON (c.person)
