// @neo4j/graphql peer: co-attendees of the person named $name, most shared events first.
MATCH (p:Person {name: $name})-[:ATTENDED|CHAIRED|LED]->(e:Event)<-[:ATTENDED|CHAIRED|LED]-(other:Person)
WHERE other <> p
WITH other, count(DISTINCT e) AS shared
ORDER BY shared DESC, other.name, other.id
LIMIT $first
RETURN {id: other.id, name: other.name, count: shared} AS row
