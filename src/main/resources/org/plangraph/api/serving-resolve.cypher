// What a platformsServing `goal` argument names: a goal, topic or task by id, or topics by exact name (Chinese,
// English or alias, case-insensitive); failing that, the topics whose name occurs in the text, with the term that
// matched (the caller keeps the longest matches).
CALL () {
  MATCH (n:Goal {id: $q}) RETURN n
  UNION MATCH (n:Topic {id: $q}) RETURN n
  UNION MATCH (n:Task {id: $q}) RETURN n
  UNION MATCH (n:Topic)
    WHERE toLower(n.name) = $lower OR toLower(n.nameEn) = $lower
       OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $lower)
    RETURN n
}
WITH collect(n {.id, labels: labels(n)}) AS exact
CALL (exact) {
  MATCH (t:Topic)
  WHERE size(exact) = 0
  UNWIND [t.name, t.nameEn] + coalesce(t.aliases, []) AS term
  WITH t, term WHERE term IS NOT NULL AND size(term) >= 2 AND $lower CONTAINS toLower(term)
  WITH t, term ORDER BY size(term) DESC
  RETURN collect({id: t.id, term: toLower(term)}) AS named
}
RETURN exact, named
