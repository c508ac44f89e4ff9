// The co-attendance projection gone (before a rebuild). CALL … IN TRANSACTIONS: an auto-commit statement.
MATCH (c:CoAttendance)
CALL (c) { DELETE c } IN TRANSACTIONS OF 10000 ROWS
