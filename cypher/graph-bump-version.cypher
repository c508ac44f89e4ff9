// Every write transaction of the loader ends here: the graph's version changes with its contents, so
// readers that cache answers (the API's response cache) know when theirs are stale. A random token, not a
// counter: a wiped and reloaded graph must not repeat an old version. A graph made by this loader keeps
// co-attendance refresh marks from its first load on (coTracked: src/graph/co-attendance.ts).
MERGE (g:GraphVersion {id: 'graph'})
ON CREATE SET g.coTracked = true
SET g.version = randomUUID()
