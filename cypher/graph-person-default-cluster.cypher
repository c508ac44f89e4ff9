// Every Person is in a cluster (`person`, src/identity): a node loaded before clusters were kept, or by a
// loader that set none, is a person of its own. The API reads people by `person` only, so a graph loaded with
// identity off, or by an older version, answers the same way. Idempotent; touches nothing once applied.
MATCH (n:Person) WHERE n.person IS NULL
SET n.person = n.id
