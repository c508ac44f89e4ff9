// A load with the projection turned off (KG_CO_ATTENDANCE=off) marks nobody: the graph is then no longer
// tracked, so the next refresh marks everyone (co-attendance-mark-all) instead of trusting the marks.
MATCH (g:GraphVersion {id: 'graph'})
SET g.coTracked = false
