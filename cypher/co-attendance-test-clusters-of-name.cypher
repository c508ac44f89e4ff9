// Tests only: the people (cluster ids) one name is.
MATCH (p:Person {name: $name})
RETURN collect(DISTINCT p.person) AS clusters
