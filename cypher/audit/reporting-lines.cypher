// The agency hierarchy: who reports to whom, with the sentence that says so (doc null for curated vocabulary facts).
MATCH (a:Agency)-[r:REPORTS_TO]->(b:Agency)
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN a.id AS fromId, b.id AS toId, b.name AS toName, r.doc AS doc, d.title AS documentTitle, r.quote AS quote,
  r.start AS start, r.end AS end
ORDER BY a.id, b.id
