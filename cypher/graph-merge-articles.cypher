// entityIds only grows: a retraction must reach every entity any extraction of this text touched.
// extractor: the fingerprint of the rules that extracted it (null when the caller gave none).
UNWIND $articles AS a
MERGE (x:Article {id: a.id})
SET x.source = a.source, x.span = a.span, x.title = a.title, x.date = a.date,
    x.extractor = coalesce($extractor, x.extractor),
    x.entityIds = coalesce(x.entityIds, []) + [id IN a.entityIds WHERE NOT id IN coalesce(x.entityIds, [])]
