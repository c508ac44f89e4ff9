// From the count store: constant time.
MATCH ()-[r]->() RETURN count(r) AS relationships
