// Supporters of the given topics (with every narrower topic, following BROADER downwards), goals and tasks, and of
// the tasks that ADVANCE those topics and goals. One row per supporter and node served, with the SUPPORTS quotes.
CALL () {
  UNWIND $topicIds AS tid
  MATCH (:Topic {id: tid})<-[:BROADER*0..12]-(t:Topic)
  RETURN collect(DISTINCT t) AS topics
}
CALL () {
  UNWIND $goalIds AS gid
  MATCH (g:Goal {id: gid})
  RETURN collect(DISTINCT g) AS goals
}
CALL () {
  UNWIND $taskIds AS kid
  MATCH (k:Task {id: kid})
  RETURN collect(DISTINCT k) AS tasks
}
CALL (topics, goals) {
  UNWIND topics + goals AS served
  MATCH (k:Task)-[:ADVANCES]->(served)
  RETURN collect(DISTINCT k) AS advancing
}
UNWIND topics + goals + tasks + advancing AS via
WITH DISTINCT via
MATCH (p:Entity)-[r:SUPPORTS]->(via)
WHERE any(l IN labels(p) WHERE l IN $labels)
WITH p, via, r ORDER BY r.doc, r.start
WITH p, via, collect(r {.doc, .quote, .start, .end}) AS evidence
RETURN p {.id, .name, .nameEn, .aliases, .kind, labels: labels(p)} AS platform,
       via {.*, labels: labels(via)} AS via,
       evidence
ORDER BY p.name, p.id, via.id
