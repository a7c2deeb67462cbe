// Targets, optionally of one document and one year, in document order; `known` says whether $doc exists.
CALL () {
  MATCH (t:Target)
  WHERE ($doc IS NULL OR t.doc = $doc) AND ($year IS NULL OR t.year = $year)
  WITH t ORDER BY t.doc, coalesce(t.start, 0), t.id
  RETURN collect(t {.*, labels: labels(t)}) AS targets
}
RETURN $doc IS NULL OR EXISTS { MATCH (:Document {id: $doc}) } AS known, targets
