// Every task with its document, its section and the agencies named for it (not the inherited ACCOUNTABLE ones).
// $document: a Document id, or null for all documents.
MATCH (t:Task)
WHERE $document IS NULL OR t.doc = $document
MATCH (d:Document {id: t.doc})
OPTIONAL MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(t)
WITH d, t, a, r
ORDER BY CASE r.role WHEN 'LEAD' THEN 0 WHEN 'CO_LEAD' THEN 1 WHEN 'HANDLER' THEN 2 ELSE 3 END, a.name
WITH d, t, collect(CASE WHEN a IS NOT NULL THEN {agencyId: a.id, agency: a.name, role: r.role, quote: r.quote,
  start: r.start, end: r.end, doc: r.doc} END) AS links
RETURN d.id AS documentId, d.title AS documentTitle, t.id AS taskId, t.code AS code, t.title AS title,
  t.quote AS quote, t.start AS start, t.end AS end, links
ORDER BY d.sourceFile, t.start, t.code
