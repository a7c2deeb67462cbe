// A page of actors ordered by id (kind, then canonical name), after the cursor's id; $limit is one more than the
// page so that the caller knows whether a next page exists. $label (a kind's label) and $contains (lower case) are
// optional filters. Every actor is also an Entity (DESIGN.md), so a kind is looked up by its own label alone: the
// label index then yields only that kind's actors instead of every actor being read and its labels compared.
CALL () {
  MATCH (e:$(coalesce($label, 'Entity')))
  WHERE $contains IS NULL OR toLower(e.name) CONTAINS $contains
     OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS $contains)
  RETURN count(e) AS totalCount
}
CALL () {
  MATCH (e:$(coalesce($label, 'Entity')))
  WHERE ($after IS NULL OR e.id > $after)
    AND ($contains IS NULL OR toLower(e.name) CONTAINS $contains
         OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS $contains))
  WITH e ORDER BY e.id LIMIT $limit
  RETURN collect(e {.id, .name, .nameEn, .aliases, .kind, labels: labels(e)}) AS page
}
RETURN totalCount, page
