// The operators of each of a batch of platforms.
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:OPERATES]-(o:Entity)
WITH id, o ORDER BY o.name
RETURN id, collect(DISTINCT o {.id, .name, .nameEn, .aliases, .kind, labels: labels(o)}) AS entities
