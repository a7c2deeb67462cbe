// Agencies responsible for tasks that report to nobody and that nobody reports to (outside the hierarchy).
MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(t:Task)
WHERE ($document IS NULL OR t.doc = $document)
  AND NOT EXISTS { (a)-[:REPORTS_TO]->() } AND NOT EXISTS { ()-[:REPORTS_TO]->(a) }
WITH a, t.doc AS documentId, r, t ORDER BY t.start
WITH a, documentId, head(collect({r: r, t: t})) AS first
RETURN documentId, a.id AS nodeId, a.name AS text, first.t.code AS sectionCode,
  coalesce(first.r.quote, first.t.quote) AS quote, coalesce(first.r.start, first.t.start) AS start,
  coalesce(first.r.end, first.t.end) AS end, 'responsible for tasks, no reporting line' AS reason
ORDER BY documentId, start
