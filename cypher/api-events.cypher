// Events, newest first (undated last), filtered by kind, date range and where they were held
// (the district itself or anything PART_OF it); null parameters do not filter.
MATCH (e:Event)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($district IS NULL OR EXISTS {
        MATCH (e)-[:HELD_IN]->(:District)-[:PART_OF*0..4]->(d:Entity {id: $district})
      })
RETURN e {.id, .name, .aliases, .date, .kind, labels: labels(e)} AS event
ORDER BY coalesce(e.date, '') DESC, e.name, e.id
SKIP $skip
LIMIT $limit
