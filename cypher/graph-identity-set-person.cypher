// The person (cluster of anchor nodes, src/identity/cluster.ts) each anchor node of a name belongs to.
UNWIND $rows AS r
MATCH (n:Person {id: r.id})
SET n.person = r.person
