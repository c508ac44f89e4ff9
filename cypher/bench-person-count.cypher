// How many Person nodes the graph has (the identity cost bench reports anchor nodes beside the time).
MATCH (p:Person)
RETURN count(p) AS persons
