// The bodies holders($body) looks in: the body itself, whatever is PART_OF it (a few levels: 坪山区 ←
// 坪山区委 ← 坪山区委宣传部), and bodies whose name starts with its name (坪山区人民政府 where no
// PART_OF was extracted). $id is the resolved body's id; name STARTS WITH uses the entity_name index.
MATCH (root:Entity {id: $id})
CALL (root) {
  MATCH (b:Entity)-[:PART_OF*0..4]->(root)
  RETURN b
  UNION
  MATCH (b:Entity) WHERE b.name STARTS WITH root.name AND (b:Organization OR b:District)
  RETURN b
}
RETURN DISTINCT b.id AS id
LIMIT $limit
