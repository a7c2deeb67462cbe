// A page of tasks in document order (document id, offset in the text, id), after the cursor's key; $limit is one
// more than the page. $doc optionally restricts to one document; `known` says whether that document exists.
// Neo4j reads are read committed, so this statement can run across a load's commit: `seen` (per document and
// version, how many tasks the count saw and how many lie after the cursor) and `documents` (each one's version and
// task count as last written) let the caller check that the count and the page belong to one committed state and
// read again if not (ReadCheck).
CALL () {
  MATCH (t:Task)
  WHERE $doc IS NULL OR t.doc = $doc
  WITH t.doc AS doc, t.docVersion AS version,
       ($afterDoc IS NULL OR t.doc > $afterDoc
        OR (t.doc = $afterDoc AND (coalesce(t.start, 0) > $afterStart
            OR (coalesce(t.start, 0) = $afterStart AND t.id > $afterId)))) AS after
  WITH doc, version, count(*) AS n, sum(CASE WHEN after THEN 1 ELSE 0 END) AS remaining
  RETURN collect({doc: doc, version: version, n: n}) AS seen, sum(n) AS totalCount, sum(remaining) AS remaining
}
CALL () {
  MATCH (t:Task)
  WHERE ($doc IS NULL OR t.doc = $doc)
    AND ($afterDoc IS NULL OR t.doc > $afterDoc
         OR (t.doc = $afterDoc AND (coalesce(t.start, 0) > $afterStart
             OR (coalesce(t.start, 0) = $afterStart AND t.id > $afterId))))
  WITH t ORDER BY t.doc, coalesce(t.start, 0), t.id LIMIT $limit
  RETURN collect(t {.id, .code, .title, .text, .doc, .docVersion, start: coalesce(t.start, 0), labels: labels(t)})
         AS page
}
CALL () {
  MATCH (d:Document)
  WHERE $doc IS NULL OR d.id = $doc
  RETURN collect({doc: d.id, version: left(d.sha256, 16), count: d.taskCount}) AS documents
}
RETURN $doc IS NULL OR EXISTS { MATCH (:Document {id: $doc}) } AS known, totalCount, page, seen, remaining,
       documents
