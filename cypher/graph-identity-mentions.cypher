// Each given anchor node keeps its mention count (articles naming it) as `mentions`, written right after the
// load's merge rewrote its list (the list is then in the page cache). graph-identity-anchors reads the count,
// not the list: every load reads all anchors of every name it touches, and a hub name's untouched anchors'
// lists (thousands of ids each) were read again for every batch.
UNWIND $ids AS id
MATCH (n:Person {id: id})
SET n.mentions = size(coalesce(n.articles, []))
