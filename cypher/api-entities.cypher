// Entities by id (the DataLoader batch behind every entity reference), keyed by the id asked for. A person is
// a cluster of anchor nodes (`person`, src/identity): any anchor's id answers with the cluster, whose id is the
// cluster id (its first anchor's id) and whose aliases are those of all its anchors, first anchor first.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, CASE WHEN n:Person
  THEN n {id: coalesce(n.person, n.id), .name, labels: labels(n),
          aliases: reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: n.person}) RETURN c.aliases AS l ORDER BY c.id <> n.person, c.id }
                          | acc + [a IN coalesce(l, []) WHERE NOT a IN acc])}
  ELSE n {.id, .name, .aliases, .date, .kind, labels: labels(n)} END AS entity
