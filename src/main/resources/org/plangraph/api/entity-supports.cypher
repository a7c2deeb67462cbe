// The goals, topics and tasks each of a batch of actors supports.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:SUPPORTS]->(n)
WHERE n:Goal OR n:Topic OR n:Task
WITH id, n ORDER BY n.id
RETURN id, collect(DISTINCT n {.*, labels: labels(n)}) AS nodes
