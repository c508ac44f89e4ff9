// Relationships of one type ({{TYPE}} from the relation table), from the count store: constant time.
RETURN COUNT { ()-[:{{TYPE}}]->() } AS count
