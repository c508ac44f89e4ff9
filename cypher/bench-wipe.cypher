// Empties the benchmark's own database between rounds, in bounded transactions (auto-commit only).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
