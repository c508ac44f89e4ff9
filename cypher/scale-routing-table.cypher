CALL dbms.routing.getRoutingTable({}, $database) YIELD servers
UNWIND servers AS server
RETURN server.role AS role, server.addresses AS addresses
