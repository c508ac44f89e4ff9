// Node counts per label (relationships: graph-stats-relationships, per type of the relation table).
// Counts from the count store: constant time whatever the graph's size.
RETURN COUNT { (:Article) } AS Article,
       COUNT { (:Person) } AS Person,
       COUNT { (:Organization) } AS Organization,
       COUNT { (:District) } AS District,
       COUNT { (:Enterprise) } AS Enterprise,
       COUNT { (:Event) } AS Event
