// Targets that no task stands behind: no task ADVANCES the goal they measure, nor a topic that goal is ABOUT
// (in the same document); or they measure no goal at all.
MATCH (x:Target)
WHERE $document IS NULL OR x.doc = $document
OPTIONAL MATCH (x)-[:MEASURES]->(g:Goal)
WITH x, collect(g) AS goals
WHERE NONE(g IN goals WHERE EXISTS { (:Task)-[:ADVANCES]->(g) }
  OR EXISTS { (g)-[:ABOUT]->(:Topic)<-[:ADVANCES]-(t:Task) WHERE t.doc = g.doc })
OPTIONAL MATCH (x)-[:PART_OF]->(s:Section)
RETURN x.doc AS documentId, x.id AS nodeId, coalesce(x.metric, x.text) AS text, s.code AS sectionCode,
  x.quote AS quote, x.start AS start, x.end AS end,
  CASE WHEN size(goals) = 0 THEN 'measures no goal' ELSE 'no task advances its goal: ' + goals[0].text END AS reason
ORDER BY documentId, start
