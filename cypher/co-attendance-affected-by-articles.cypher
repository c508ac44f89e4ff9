// Before a retraction: the people (clusters) whose co-attendance answers it changes — everyone who took part
// in an event of the articles, and the people the articles name (an anchor the retraction deletes takes its
// events from its cluster, and a cluster left with no anchor must lose its rows).
UNWIND $ids AS aid
MATCH (art:Article {id: aid})
CALL (art) {
  MATCH (e:Event) WHERE e.id IN art.entityIds
  MATCH (e)<-[:ATTENDED|CHAIRED|LED]-(p:Person)
  RETURN p.person AS k
  UNION
  MATCH (p:Person) WHERE p.id IN art.entityIds
  RETURN p.person AS k
}
WITH DISTINCT k WHERE k IS NOT NULL
RETURN collect(k) AS clusters
