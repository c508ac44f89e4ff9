// Tests only: the schema's constraints and indexes (not the built-in lookup indexes), to drop them for a fresh store.
SHOW INDEXES YIELD name, type, owningConstraint
WHERE type <> 'LOOKUP'
RETURN name, owningConstraint
