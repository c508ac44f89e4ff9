// Articles by id (the DataLoader batch behind every provenance reference).
MATCH (a:Article) WHERE a.id IN $ids
RETURN a {.*} AS article
