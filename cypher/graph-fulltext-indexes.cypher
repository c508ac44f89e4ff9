SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options
