// Inside a load or retraction, after graph-bump-version (whose GraphVersion lock orders loads): marks dirty
// every person (cluster) whose co-attendance answer the transaction may have changed, for
// src/graph/co-attendance.ts to refresh: the participants of $events (loaded events: new participants, a new
// date); the clusters of $anchors (anchor nodes whose cluster changed) and everyone who shares an event with
// them (their rows name the cluster by id); and $clusters as they are (old cluster ids, and the people of
// retracted articles, read before the retraction). $token is new per transaction: a refresh removes a mark
// only while it still holds the token it read, so a mark a later load renewed is kept.
CALL () {
  UNWIND $events AS id
  MATCH (:Event {id: id})<-[:ATTENDED|CHAIRED|LED]-(p:Person)
  RETURN p.person AS k
  UNION
  UNWIND $anchors AS id
  MATCH (a:Person {id: id})
  RETURN a.person AS k
  UNION
  UNWIND $anchors AS id
  MATCH (:Person {id: id})-[:ATTENDED|CHAIRED|LED]->(:Event)<-[:ATTENDED|CHAIRED|LED]-(p:Person)
  RETURN p.person AS k
  UNION
  UNWIND $clusters AS k
  RETURN k
}
WITH DISTINCT k WHERE k IS NOT NULL
MERGE (d:CoAttendanceDirty {person: k})
SET d.token = $token
