// 哪些目标年份指标没有任务落实 · Which targets for a year (default 2025) have no task advancing the goal they measure.
:param year => 2025;
MATCH (t:Target {year: $year, kind: 'TARGET'})
WHERE NOT EXISTS { (t)-[:MEASURES]->(:Goal)<-[:ADVANCES]-(:Task) }
OPTIONAL MATCH (d:Document {id: t.doc})
RETURN t AS target, t.metric AS metric, t.comparator AS comparator, t.value AS value, t.unit AS unit,
       d.title AS document
ORDER BY document, metric;
