// Every post held in each body of $ids, with the dates of the articles that state it (aligned in the
// code by article id): posts over time are computed from these at query time (src/api/positions.ts),
// so they follow every retraction and re-ingest. All of a body's posts come together, because a
// single seat's end is the next holder's first sighting. A holder is a person: the cluster of its anchor
// node (`person`); the code merges one person's rows of one title in one body.
UNWIND $ids AS id
MATCH (b:Entity {id: id})<-[r:HOLDS_POSITION]-(p:Person)
RETURN id,
       p {id: coalesce(p.person, p.id), .name, labels: labels(p),
          aliases: reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: p.person}) RETURN c.aliases AS l ORDER BY c.id <> p.person, c.id }
                          | acc + [a IN coalesce(l, []) WHERE NOT a IN acc])} AS person,
       b {.id, .name, .aliases, .date, .kind, labels: labels(b)} AS body,
       r.title AS title, r.articles AS articles, r.evidence AS evidence,
       COLLECT { MATCH (a:Article) WHERE a.id IN r.articles RETURN {id: a.id, date: a.date} } AS articleDates
