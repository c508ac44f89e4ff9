// entityIds only grows: a retraction must reach every entity any extraction of this text touched.
UNWIND $articles AS a
MERGE (x:Article {id: a.id})
SET x.source = a.source, x.span = a.span, x.title = a.title, x.date = a.date,
    x.entityIds = coalesce(x.entityIds, []) + [id IN a.entityIds WHERE NOT id IN coalesce(x.entityIds, [])]
