// Goals that no target measures.
MATCH (g:Goal)
WHERE ($document IS NULL OR g.doc = $document) AND NOT EXISTS { (:Target)-[:MEASURES]->(g) }
OPTIONAL MATCH (g)-[:PART_OF]->(s:Section)
RETURN g.doc AS documentId, g.id AS nodeId, g.text AS text, s.code AS sectionCode, g.quote AS quote,
  g.start AS start, g.end AS end, 'no target measures it' AS reason
ORDER BY documentId, start
