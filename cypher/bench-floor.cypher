// The floor of a statement's cost (src/bench/statement-cpu.ts): a statement that reads nothing and returns one value.
RETURN 1 AS one
