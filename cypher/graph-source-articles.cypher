// The articles stored for each source file.
UNWIND $sources AS source
MATCH (a:Article {source: source})
RETURN source, collect(a.id) AS ids
