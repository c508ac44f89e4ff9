// Second half of emptying the benchmark database: the nodes, once they have no relationships left.
MATCH (n)
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
