// The documents audited, with how many tasks, targets and goals each holds. $document: a Document id, or null.
MATCH (d:Document)
WHERE $document IS NULL OR d.id = $document
RETURN d.id AS documentId, d.title AS documentTitle, d.sourceFile AS sourceFile,
  COUNT { MATCH (t:Task) WHERE t.doc = d.id } AS tasks,
  COUNT { MATCH (x:Target) WHERE x.doc = d.id } AS targets,
  COUNT { MATCH (g:Goal) WHERE g.doc = d.id } AS goals
ORDER BY d.sourceFile
