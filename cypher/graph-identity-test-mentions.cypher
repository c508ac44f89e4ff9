// Tests: each Person's kept mention count beside the length of its articles list (they must agree).
MATCH (n:Person)
RETURN n.id AS id, n.name AS name, n.mentions AS mentions, size(coalesce(n.articles, [])) AS articles
ORDER BY id
