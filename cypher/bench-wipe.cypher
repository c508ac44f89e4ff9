// Empties the benchmark's own database between rounds (auto-commit only). Relationships go first, in
// bounded transactions: detaching a hub with thousands of them in one batch exceeds the transaction memory.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
