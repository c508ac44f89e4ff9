// The whole graph's entities for drawing, at most $limit (with what the exports show of each). A person is
// one node per cluster (`person`): its first anchor node, whose id is the cluster id.
MATCH (n:Entity)
WHERE NOT n:Person OR coalesce(n.person, n.id) = n.id
RETURN CASE WHEN n:Person
  THEN n {.id, .name, labels: labels(n),
          aliases: reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: n.id}) RETURN c.aliases AS l ORDER BY c.id <> n.id, c.id }
                          | acc + [a IN coalesce(l, []) WHERE NOT a IN acc])}
  ELSE n {.id, .name, .aliases, .date, .kind, labels: labels(n)} END AS node
ORDER BY n.id
LIMIT $limit
