// Zones a document names that no platform, university, firm or zone is LOCATED_IN.
MATCH (z:Zone)-[r]-()
WHERE r.doc IS NOT NULL AND ($document IS NULL OR r.doc = $document)
  AND NOT EXISTS { ()-[:LOCATED_IN]->(z) }
WITH z, r.doc AS documentId, r ORDER BY r.start
WITH z, documentId, head(collect(r)) AS first
RETURN documentId, z.id AS nodeId, z.name AS text, null AS sectionCode, first.quote AS quote,
  first.start AS start, first.end AS end, 'nothing located in it' AS reason
ORDER BY documentId, start
