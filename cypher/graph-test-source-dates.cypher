// Tests: the date of each article stored for a source, and the dates of the events it mentions.
MATCH (a:Article {source: $source})
OPTIONAL MATCH (e:Event) WHERE e.id IN a.entityIds
RETURN a.id AS id, a.date AS article, collect(e.date) AS events
