CREATE INDEX district_name IF NOT EXISTS FOR (n:District) ON (n.name)
