// Targets, optionally of one document and one year, in document order; `known` says whether $doc exists.
// Every target of the documents in scope is read once (its properties at one moment), the year filter applied to
// that list, so that `seen` and `documents` can show the caller whether the read ran across a load's commit
// (Neo4j reads are read committed) and must be repeated (ReadCheck).
CALL () {
  MATCH (t:Target)
  WHERE $doc IS NULL OR t.doc = $doc
  WITH t ORDER BY t.doc, coalesce(t.start, 0), t.id
  RETURN collect(t {.*, labels: labels(t)}) AS all
}
CALL (all) {
  UNWIND all AS t
  WITH t.doc AS doc, t.docVersion AS version, count(*) AS n
  RETURN collect({doc: doc, version: version, n: n}) AS seen, sum(n) AS totalCount
}
CALL () {
  MATCH (d:Document)
  WHERE $doc IS NULL OR d.id = $doc
  RETURN collect({doc: d.id, version: left(d.sha256, 16), count: d.targetCount}) AS documents
}
RETURN $doc IS NULL OR EXISTS { MATCH (:Document {id: $doc}) } AS known,
       [t IN all WHERE $year IS NULL OR t.year = $year] AS targets, seen, totalCount, documents
