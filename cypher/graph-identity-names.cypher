// The person names the given articles touch: whose clusters a retraction of them must recompute.
UNWIND $ids AS aid
MATCH (art:Article {id: aid})
MATCH (n:Person) WHERE n.id IN art.entityIds
RETURN collect(DISTINCT n.name) AS names
