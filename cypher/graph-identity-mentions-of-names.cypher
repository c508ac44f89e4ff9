// After a retraction: every anchor node of the given names that keeps a mention count (see
// graph-identity-mentions) recounts it, since the retraction shortened lists without saying which. Nodes
// loaded without identity keep none (their clusters read the list), so a retraction adds nothing to them.
UNWIND $names AS name
MATCH (n:Person {name: name})
WHERE n.mentions IS NOT NULL
SET n.mentions = size(coalesce(n.articles, []))
