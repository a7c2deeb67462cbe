// The issuing agencies of a batch of documents.
UNWIND $ids AS id
MATCH (:Document {id: id})-[:ISSUED_BY]->(a:Entity)
WITH id, a ORDER BY a.name, a.id
RETURN id, collect(DISTINCT a {.id, .name, .nameEn, .aliases, .kind, labels: labels(a)}) AS entities
