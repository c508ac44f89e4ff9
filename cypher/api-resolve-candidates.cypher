// What tells apart the people one name fits (the AMBIGUOUS error): for each person (cluster, `person`) of
// $ids, a few of its posts (title and body, over all its anchor nodes), the districts those bodies belong to,
// and the places that anchor its nodes (a bare name's home district).
UNWIND $ids AS id
RETURN id,
       COLLECT { MATCH (:Person {person: id})-[r:HOLDS_POSITION]->(b:Entity) RETURN DISTINCT {title: r.title, body: b.name} AS post ORDER BY post.title, post.body LIMIT 5 } AS posts,
       COLLECT { MATCH (:Person {person: id})-[:HOLDS_POSITION]->(:Entity)-[:PART_OF*0..3]->(d:District) RETURN DISTINCT d.name AS place ORDER BY place LIMIT 5 } AS places,
       COLLECT { MATCH (p:Person {person: id}) UNWIND coalesce(p.places, []) AS place RETURN DISTINCT place ORDER BY place LIMIT 5 } AS anchorPlaces
