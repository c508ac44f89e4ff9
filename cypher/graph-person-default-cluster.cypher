// Migration 1 (src/graph/schema.ts): every Person is in a cluster (`person`, src/identity): a node loaded before
// clusters were kept is a person of its own. The API reads people by `person` only, so a graph loaded by an
// older version answers the same way. The loader sets `person` on every Person it merges, so the scan of every
// Person runs once per store: the SchemaVersion marker, read and written here in one statement, says whether it
// is due. The marker is locked before it is read (the constraint serializes its creation), so two processes
// applying at once scan at most once each, and the scan is idempotent anyway.
MERGE (m:SchemaVersion {id: 'graph'})
SET m._lock = true REMOVE m._lock
WITH m, coalesce(m.version, 0) AS done
SET m.version = CASE WHEN done < $version THEN $version ELSE done END
WITH done WHERE done < $version
MATCH (n:Person) WHERE n.person IS NULL
SET n.person = n.id
