// For each person (cluster, `person`) of $ids, every post held in the bodies where any of its anchor nodes
// holds one (theirs and the other holders'), with the dates of the articles that state it: a single seat's
// end is its next holder's first sighting (src/api/positions.ts). Holders are their clusters; the code merges
// one person's rows of one title in one body. One statement for all the people of a nesting level.
UNWIND $ids AS id
MATCH (:Person {person: id})-[:HOLDS_POSITION]->(b:Entity)
WITH DISTINCT id, b
MATCH (b)<-[r:HOLDS_POSITION]-(p:Person)
RETURN id,
       p {id: coalesce(p.person, p.id), .name, labels: labels(p),
          aliases: reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: p.person}) RETURN c.aliases AS l ORDER BY c.id <> p.person, c.id }
                          | acc + [a IN coalesce(l, []) WHERE NOT a IN acc])} AS person,
       b {.id, .name, .aliases, .date, .kind, labels: labels(b)} AS body,
       r.title AS title, r.articles AS articles, r.evidence AS evidence,
       COLLECT { MATCH (a:Article) WHERE a.id IN r.articles RETURN {id: a.id, date: a.date} } AS articleDates
