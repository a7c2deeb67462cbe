// The topics directly below each of a batch of topics.
UNWIND $ids AS id
MATCH (:Topic {id: id})<-[:BROADER]-(n:Topic)
WITH id, n ORDER BY n.name
RETURN id, collect(DISTINCT n {.id, .name, .nameEn, labels: labels(n)}) AS topics
