// Every node (but the version marker) with its identifying properties (tests compare whole graphs with this).
MATCH (n) WHERE NOT n:GraphVersion
RETURN labels(n) AS labels, n.id AS id, n.name AS name, n.aliases AS aliases, n.articles AS articles,
       n.source AS source, n.title AS title, n.date AS date, n.kind AS kind
