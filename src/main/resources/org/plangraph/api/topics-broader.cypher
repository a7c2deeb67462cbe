// The topics directly above each of a batch of topics.
UNWIND $ids AS id
MATCH (:Topic {id: id})-[:BROADER]->(b:Topic)
WITH id, b ORDER BY b.name
RETURN id, collect(DISTINCT b {.id, .name, .nameEn, labels: labels(b)}) AS topics
