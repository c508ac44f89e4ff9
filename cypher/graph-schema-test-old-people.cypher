// Tests: Person nodes as a loader before clusters wrote them (no `person`), or in a given cluster.
UNWIND $people AS p
CREATE (n:Entity:Person {id: p.id, name: p.name})
SET n.person = p.person
