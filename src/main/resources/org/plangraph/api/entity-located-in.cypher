// The zones each of a batch of actors is located in.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:LOCATED_IN]->(z:Entity)
WITH id, z ORDER BY z.name
RETURN id, collect(DISTINCT z {.id, .name, .nameEn, .aliases, .kind, labels: labels(z)}) AS entities
