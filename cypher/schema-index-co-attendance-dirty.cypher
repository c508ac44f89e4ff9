CREATE INDEX co_attendance_dirty_person IF NOT EXISTS FOR (d:CoAttendanceDirty) ON (d.person)
