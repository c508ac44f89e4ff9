// Every post held in each body of $ids, with the dates of the articles that state it (aligned in the
// code by article id): posts over time are computed from these at query time (src/api/positions.ts),
// so they follow every retraction and re-ingest. All of a body's posts come together, because a
// single seat's end is the next holder's first sighting.
UNWIND $ids AS id
MATCH (b:Entity {id: id})<-[r:HOLDS_POSITION]-(p:Person)
RETURN id,
       p {.id, .name, .aliases, .date, .kind, labels: labels(p)} AS person,
       b {.id, .name, .aliases, .date, .kind, labels: labels(b)} AS body,
       r.title AS title, r.articles AS articles, r.evidence AS evidence,
       COLLECT { MATCH (a:Article) WHERE a.id IN r.articles RETURN {id: a.id, date: a.date} } AS articleDates
