CREATE INDEX co_attendance_person_rank IF NOT EXISTS FOR (c:CoAttendance) ON (c.person, c.rank)
