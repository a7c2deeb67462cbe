// For a batch of (actor id, how many): the quoted mentions of each actor, in document order.
UNWIND $keys AS key
MATCH (:Entity {id: key.id})<-[r:MENTIONS]-()
WHERE r.quote IS NOT NULL
WITH key, r ORDER BY r.doc, r.start, r.end
WITH key, collect(r {.doc, .quote, .start, .end}) AS mentions
RETURN key.id AS id, key.first AS first, mentions[..key.first] AS mentions
