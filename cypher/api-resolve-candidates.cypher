// What tells apart the people one name fits (the AMBIGUOUS error): for each id of $ids, a few of its
// posts (title and body) and the districts those bodies belong to.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN id,
       COLLECT { MATCH (p)-[r:HOLDS_POSITION]->(b:Entity) RETURN {title: r.title, body: b.name} AS post ORDER BY r.title, b.name LIMIT 5 } AS posts,
       COLLECT { MATCH (p)-[:HOLDS_POSITION]->(:Entity)-[:PART_OF*0..3]->(d:District) RETURN DISTINCT d.name AS place ORDER BY place LIMIT 5 } AS places
