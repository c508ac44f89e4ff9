// What anchors each person or level-named body (src/identity): the place or body, and the places listed.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.name AS name, n.anchor AS anchor, n.places AS places, n.person AS person
