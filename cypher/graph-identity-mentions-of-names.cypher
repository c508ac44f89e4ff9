// After a retraction: every anchor node of the given names recounts its mentions (see graph-identity-mentions),
// since the retraction shortened lists without saying which.
UNWIND $names AS name
MATCH (n:Person {name: name})
SET n.mentions = size(coalesce(n.articles, []))
