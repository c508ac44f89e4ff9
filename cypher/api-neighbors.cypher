// neighbors in one statement: what a user typed ($ref) resolved as api-resolve-exact does (same match, same
// order, at most 10 things: `matches`), then, when that is one thing (an id, or a name only one thing
// carries: `center`), the first two breadth-first steps of api-neighbors-step from it: each step the entities
// next to the last one's (through $types, or any type) not yet reached, by name then key. A person is its
// cluster (`person`): a step leaves from every anchor node and reaches each person once. At most $limit in
// all (the caller's cap + 1, to know whether the cap cut anything off); step 2 runs only when $depth >= 2
// and step 1 left room. A resolve and two steps were three round trips (src/bench/findings.md, item 32).
CALL () {
  CALL () {
    MATCH (n:Entity) WHERE n.id = $ref
    RETURN n, 1 AS rank
    UNION
    MATCH (n:Entity) WHERE n.name = $ref
    RETURN n, 0 AS rank
  }
  WITH CASE WHEN n:Person THEN coalesce(n.person, n.id) ELSE n.id END AS key, max(rank) AS rank,
       collect(n) AS nodes, sum(size(coalesce(n.articles, []))) AS mentions
  WITH key, rank, mentions, nodes[0] AS n
  ORDER BY rank DESC, mentions DESC, key
  LIMIT 10
  RETURN collect({rank: rank, entity: CASE WHEN n:Person
    // A person's aliases are not read (a COLLECT over his anchors): the answer never shows its center.
    THEN n {id: key, .name, labels: labels(n), aliases: null}
    ELSE n {.id, .name, .aliases, .date, .kind, labels: labels(n)} END}) AS matches
}
WITH matches, CASE WHEN size(matches) = 1 OR matches[0].rank = 1 THEN matches[0].entity.id END AS center
OPTIONAL CALL (center) {
  WITH center WHERE center IS NOT NULL
  CALL (center) {
    CALL (center) {
      MATCH (n:Person {person: center}) RETURN n
      UNION
      MATCH (n:Entity {id: center}) WHERE NOT n:Person RETURN n
    }
    MATCH (n)-[r]-(other:Entity)
    WHERE ($types IS NULL OR type(r) IN $types)
    WITH DISTINCT other, CASE WHEN other:Person THEN coalesce(other.person, other.id) ELSE other.id END AS key
    WHERE key <> center
    WITH key, head(collect(other)) AS other
    ORDER BY other.name, key
    LIMIT $limit
    RETURN collect({key: key, node: other}) AS first
  }
  CALL (center, first) {
    WITH center, first WHERE $depth >= 2 AND 0 < size(first) < $limit
    UNWIND first AS reached
    WITH center, first, reached.key AS id
    CALL (id) {
      MATCH (n:Person {person: id}) RETURN n
      UNION
      MATCH (n:Entity {id: id}) WHERE NOT n:Person RETURN n
    }
    MATCH (n)-[r]-(other:Entity)
    WHERE ($types IS NULL OR type(r) IN $types)
    WITH DISTINCT center, first, other, CASE WHEN other:Person THEN coalesce(other.person, other.id) ELSE other.id END AS key
    WHERE key <> center AND NOT key IN [f IN first | f.key]
    WITH key, head(collect(other)) AS other
    ORDER BY other.name, key
    LIMIT $limit
    // Aggregating with no key: one row whatever came (an empty list when step 2 did not run).
    RETURN collect({key: key, node: other}) AS second
  }
  // Step 2 sorted as many as $limit: the room step 1 left is what is kept.
  UNWIND [f IN first | {distance: 1, key: f.key, node: f.node}] +
         [s IN second[..$limit - size(first)] | {distance: 2, key: s.key, node: s.node}] AS reached
  WITH reached.distance AS distance, reached.key AS key, reached.node AS other
  // Aliases, dates and kinds only when $details (the query shows them): a person's aliases are a COLLECT over his
  // anchor nodes, one per person reached.
  RETURN collect({distance: distance, entity: CASE
    WHEN NOT $details THEN {id: key, name: other.name, labels: labels(other)}
    WHEN other:Person THEN other {id: key, .name, labels: labels(other),
                aliases: reduce(acc = [], l IN COLLECT { MATCH (c:Person {person: key}) RETURN c.aliases AS l ORDER BY c.id <> key, c.id }
                                | acc + [a IN coalesce(l, []) WHERE NOT a IN acc])}
    ELSE other {.id, .name, .aliases, .date, .kind, labels: labels(other)} END}) AS reached
}
RETURN matches, center, coalesce(reached, []) AS reached
