// For each person of $ids, every post held in the bodies where they hold one (theirs and the other
// holders'), with the dates of the articles that state it: a single seat's end is its next holder's first
// sighting (src/api/positions.ts). One statement for all the people of a nesting level.
UNWIND $ids AS id
MATCH (:Person {id: id})-[:HOLDS_POSITION]->(b:Entity)
WITH DISTINCT id, b
MATCH (b)<-[r:HOLDS_POSITION]-(p:Person)
RETURN id,
       p {.id, .name, .aliases, .date, .kind, labels: labels(p)} AS person,
       b {.id, .name, .aliases, .date, .kind, labels: labels(b)} AS body,
       r.title AS title, r.articles AS articles, r.evidence AS evidence,
       COLLECT { MATCH (a:Article) WHERE a.id IN r.articles RETURN {id: a.id, date: a.date} } AS articleDates
