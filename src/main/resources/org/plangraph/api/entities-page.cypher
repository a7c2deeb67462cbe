// A page of actors ordered by id (kind, then canonical name), after the cursor's id; $limit is one more than the
// page so that the caller knows whether a next page exists. $label and $contains (lower case) are optional filters.
CALL () {
  MATCH (e:Entity)
  WHERE ($label IS NULL OR $label IN labels(e))
    AND ($contains IS NULL OR toLower(e.name) CONTAINS $contains
         OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS $contains))
  RETURN count(e) AS totalCount
}
CALL () {
  MATCH (e:Entity)
  WHERE ($label IS NULL OR $label IN labels(e))
    AND ($contains IS NULL OR toLower(e.name) CONTAINS $contains
         OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS $contains))
    AND ($after IS NULL OR e.id > $after)
  WITH e ORDER BY e.id LIMIT $limit
  RETURN collect(e {.id, .name, .nameEn, .aliases, .kind, labels: labels(e)}) AS page
}
RETURN totalCount, page
