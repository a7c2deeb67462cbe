// Supporters of the given topics (with every narrower topic, following BROADER downwards), goals and tasks, and of
// the tasks that ADVANCE those topics and goals. One row per supporter and node served, with the SUPPORTS quotes.
//
// A task is broader than a topic and its sentences often name several platforms at once (…类脑芯片…平台、北斗高精度位置
// 服务平台等功能型平台建设), so when topics are asked, serving through a task needs more: the SUPPORTS quote names
// one of the asked topics (or a narrower one), and the platform's own topics (those it SUPPORTS and those its name
// contains), if it has any, include one related to the asked ones (narrower or broader).
CALL () {
  UNWIND $topicIds AS tid
  MATCH (:Topic {id: tid})<-[:BROADER*0..12]-(t:Topic)
  RETURN collect(DISTINCT t) AS topics
}
CALL () {
  UNWIND $topicIds AS tid
  MATCH (:Topic {id: tid})-[:BROADER*0..12]->(t:Topic)
  RETURN collect(DISTINCT t) AS ancestors
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
CALL () {
  MATCH (t:Topic)
  RETURN collect(t) AS vocabulary
}
WITH topics, topics + ancestors AS related, topics + goals + tasks + advancing AS vias, vocabulary
UNWIND vias AS via
WITH DISTINCT topics, related, vocabulary, via
MATCH (p:Entity)-[r:SUPPORTS]->(via)
WHERE any(l IN labels(p) WHERE l IN $labels)
WITH via, r, p, topics, related,
     [(p)-[:SUPPORTS]->(o:Topic) | o]
     + [o IN vocabulary WHERE any(n IN [o.name] + coalesce(o.aliases, []) WHERE size(n) >= 2 AND p.name CONTAINS n)]
     AS own
WHERE NOT via:Task OR size(topics) = 0
   OR ((size(own) = 0 OR any(o IN own WHERE o IN related))
       AND any(t IN topics WHERE any(n IN [t.name] + coalesce(t.aliases, []) WHERE size(n) >= 2 AND r.quote CONTAINS n)))
WITH p, via, r ORDER BY r.doc, r.start
WITH p, via, collect(r {.doc, .quote, .start, .end}) AS evidence
RETURN p {.id, .name, .nameEn, .aliases, .kind, labels: labels(p)} AS platform,
       via {.*, labels: labels(via)} AS via,
       evidence
ORDER BY p.name, p.id, via.id
