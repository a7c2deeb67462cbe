// A page of tasks in document order (document id, offset in the text, id), after the cursor's key; $limit is one
// more than the page. $doc optionally restricts to one document; `known` says whether that document exists.
CALL () {
  MATCH (t:Task)
  WHERE $doc IS NULL OR t.doc = $doc
  RETURN count(t) AS totalCount
}
CALL () {
  MATCH (t:Task)
  WHERE ($doc IS NULL OR t.doc = $doc)
    AND ($afterDoc IS NULL OR t.doc > $afterDoc
         OR (t.doc = $afterDoc AND (coalesce(t.start, 0) > $afterStart
             OR (coalesce(t.start, 0) = $afterStart AND t.id > $afterId))))
  WITH t ORDER BY t.doc, coalesce(t.start, 0), t.id LIMIT $limit
  RETURN collect(t {.id, .code, .title, .text, .doc, start: coalesce(t.start, 0), labels: labels(t)}) AS page
}
RETURN $doc IS NULL OR EXISTS { MATCH (:Document {id: $doc}) } AS known, totalCount, page
