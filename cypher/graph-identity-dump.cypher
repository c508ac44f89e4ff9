// Every person node's identity (tests compare two ingest orders with this beside graph-dump-*).
MATCH (n:Person)
RETURN n.id AS id, n.name AS name, n.anchor AS anchor, n.places AS places, n.person AS person
ORDER BY id
