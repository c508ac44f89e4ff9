CREATE INDEX person_cluster IF NOT EXISTS FOR (n:Person) ON (n.person)
