// Platforms a document names (any relationship it is the evidence of) that nothing in the graph OPERATES.
MATCH (p:Platform)-[r]-()
WHERE r.doc IS NOT NULL AND ($document IS NULL OR r.doc = $document)
  AND NOT EXISTS { ()-[:OPERATES]->(p) }
WITH p, r.doc AS documentId, r ORDER BY r.start
WITH p, documentId, head(collect(r)) AS first
RETURN documentId, p.id AS nodeId, p.name AS text, null AS sectionCode, first.quote AS quote,
  first.start AS start, first.end AS end, 'no operator named' AS reason
ORDER BY documentId, start
