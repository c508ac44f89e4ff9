// A load's first write: each article of the transaction is merged (created bare when new), which locks it
// until commit. A concurrent load of the same text waits here and then finds it stored, so an article is
// "new to the graph" in one transaction only. Ids come sorted: concurrent loads lock in the same order.
// A stored article's source and date (and whether its year was assumed) come back: a re-load keeps them (see
// src/graph/load.ts, keepStored).
UNWIND $ids AS aid
MERGE (a:Article {id: aid})
RETURN aid AS id, a.source IS NULL AS created, a.extractor AS extractor, a.source AS source, a.date AS date, coalesce(a.yearAssumed, false) AS yearAssumed
