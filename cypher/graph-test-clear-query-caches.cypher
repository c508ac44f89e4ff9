// Tests only (statement warm-up): empties Neo4j's query caches; the message says how many plans it held.
CALL db.clearQueryCaches()
