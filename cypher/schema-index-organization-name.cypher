CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name)
