// entityIds only grows: a retraction must reach every entity any extraction of this text touched.
// extractor: the fingerprint of the rules that extracted it (null when the caller gave none).
// yearAssumed: kept only while true (null removes it), so a stated date leaves no flag behind.
UNWIND $articles AS a
MERGE (x:Article {id: a.id})
SET x.source = a.source, x.span = a.span, x.title = a.title, x.date = a.date,
    x.yearAssumed = CASE WHEN a.yearAssumed THEN true END,
    x.extractor = coalesce($extractor, x.extractor),
    x.entityIds = coalesce(x.entityIds, []) + [id IN a.entityIds WHERE NOT id IN coalesce(x.entityIds, [])]
