// Name search for the API: bigrams over Chinese text (a one-character query does not match inside words).
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS
FOR (n:Person|Organization|District|Enterprise|Event) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}
