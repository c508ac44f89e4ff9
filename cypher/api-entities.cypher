// Entities by id (the DataLoader batch behind every entity reference).
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n {.id, .name, .aliases, .date, .kind, labels: labels(n)} AS entity
