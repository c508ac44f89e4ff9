// One setting's value as the running instance has it (tests of the launcher's -Dkg.neo4j.NAME=VALUE door).
CALL dbms.listConfig($name) YIELD name, value
WHERE name = $name
RETURN value
