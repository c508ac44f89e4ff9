// The running instance's page cache and transaction memory settings: the bench reports them beside the store size.
CALL dbms.listConfig() YIELD name, value
WHERE name IN ['server.memory.pagecache.size', 'db.memory.transaction.total.max']
RETURN name, value
