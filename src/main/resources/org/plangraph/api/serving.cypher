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
// Names of length 2 or more, read once per request rather than once per supporter and claim.
CALL () {
  MATCH (t:Topic)
  RETURN collect({topic: t, names: [n IN [t.name] + coalesce(t.aliases, []) WHERE size(n) >= 2]}) AS vocabulary
}
WITH topics, topics + ancestors AS related, topics + goals + tasks + advancing AS vias, vocabulary,
     reduce(names = [], t IN topics | names + [n IN [t.name] + coalesce(t.aliases, []) WHERE size(n) >= 2])
     AS askedNames
// A platform's own topics are those it SUPPORTS and those its name contains: who supports any topic, and who
// supports a related one, are looked up once here instead of expanding every platform's claims on every row.
CALL (topics, related) {
  UNWIND CASE size(topics) WHEN 0 THEN [] ELSE related END AS o
  MATCH (q:Entity)-[:SUPPORTS]->(o)
  RETURN collect(DISTINCT q) AS relatedSupporters
}
CALL (topics) {
  MATCH (q:Entity)-[:SUPPORTS]->(:Topic)
  WHERE size(topics) > 0
  RETURN collect(DISTINCT q) AS topicSupporters
}
// The vias are made distinct on their own: a DISTINCT over rows that also carry the supporter lists would make Neo4j
// count those lists once per stored row against its transaction memory limit (16 broad questions at once exhausted
// it at N = 5,000 in the benchmark).
CALL (vias) {
  UNWIND vias AS v
  RETURN collect(DISTINCT v) AS distinctVias
}
UNWIND distinctVias AS via
MATCH (p:Entity)-[r:SUPPORTS]->(via)
WHERE any(l IN labels(p) WHERE l IN $labels)
  AND (NOT via:Task OR size(topics) = 0
       OR (any(n IN askedNames WHERE r.quote CONTAINS n)
           AND (p IN relatedSupporters
                OR any(v IN vocabulary WHERE v.topic IN related AND any(n IN v.names WHERE p.name CONTAINS n))
                OR (NOT p IN topicSupporters
                    AND none(v IN vocabulary WHERE any(n IN v.names WHERE p.name CONTAINS n))))))
WITH p, via, r ORDER BY r.doc, r.start
WITH p, via, collect(r {.doc, .quote, .start, .end}) AS evidence
RETURN p {.id, .name, .nameEn, .aliases, .kind, labels: labels(p)} AS platform,
       via {.*, labels: labels(via)} AS via,
       evidence
ORDER BY p.name, p.id, via.id
