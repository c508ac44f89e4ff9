// The people (clusters) marked for a refresh of their co-attendance rows, with the token of each mark.
MATCH (d:CoAttendanceDirty)
RETURN d.person AS person, d.token AS token
ORDER BY person
