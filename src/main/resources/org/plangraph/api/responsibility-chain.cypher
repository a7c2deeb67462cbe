// A task's chain of responsibility: the agencies RESPONSIBLE_FOR it (depth 0, with role and quote), then every agency
// above them along REPORTS_TO (depth = steps up, `below` = the agency one step down). `known`: the task exists.
OPTIONAL MATCH (t:Task {id: $task})
OPTIONAL CALL (t) {
  MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(t)
  RETURN 0 AS depth, a, coalesce(r.role, 'HANDLER') AS role, null AS below, r AS rel
  UNION
  MATCH (a0:Agency)-[:RESPONSIBLE_FOR]->(t)
  MATCH p = (a0)-[:REPORTS_TO*1..12]->(a:Agency)
  RETURN length(p) AS depth, a, 'SUPERIOR' AS role, nodes(p)[-2] AS below, last(relationships(p)) AS rel
}
WITH t, depth, a, role, below, rel
ORDER BY depth, a.name, role, coalesce(below.name, '')
RETURN t IS NOT NULL AS known,
       collect(CASE WHEN a IS NULL THEN null ELSE {depth: depth, role: role,
                agency: a {.id, .name, .nameEn, .aliases, .kind, labels: labels(a)},
                below: CASE WHEN below IS NULL THEN null
                       ELSE below {.id, .name, .nameEn, .aliases, .kind, labels: labels(below)} END,
                evidence: rel {.doc, .quote, .start, .end}} END) AS links
