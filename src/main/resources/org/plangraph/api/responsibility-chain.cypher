// A task's chain of responsibility: the agencies RESPONSIBLE_FOR it (depth 0, with role and quote), then every agency
// above them along REPORTS_TO, once, at its least depth (steps up), with `below` the agency one step down on such a
// shortest way up (the first by name) and that REPORTS_TO link's quote. `known`: the task exists.
//
// The way up is searched breadth-first with pruning (min(length(p)) per agency) rather than path by path: agency
// hierarchies join (several offices report to one bureau), so the paths grow combinatorially while the agencies
// above do not.
OPTIONAL MATCH (t:Task {id: $task})
CALL (t) {
  MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(t)
  WITH a, r, coalesce(r.role, 'HANDLER') AS role
  ORDER BY a.name, role
  RETURN collect({depth: 0, role: role, agency: a {.id, .name, .nameEn, .aliases, .kind, labels: labels(a)},
                  below: null, evidence: r {.doc, .quote, .start, .end}}) AS direct,
         collect(DISTINCT a) AS agencies
}
CALL (agencies) {
  UNWIND agencies AS a0
  MATCH p = (a0)-[:REPORTS_TO*1..12]->(a:Agency)
  WHERE NOT a IN agencies
  WITH a, min(length(p)) AS depth
  WITH collect({a: a, depth: depth}) AS reached
  UNWIND reached AS up
  // One step down on a shortest way up: a responsible agency, or an agency reached one step less high.
  WITH up.a AS a, up.depth AS depth,
       CASE up.depth WHEN 1 THEN agencies ELSE [x IN reached WHERE x.depth = up.depth - 1 | x.a] END AS candidates
  UNWIND candidates AS below
  MATCH (below)-[rel:REPORTS_TO]->(a)
  WITH a, depth, below, rel
  ORDER BY depth, a.name, below.name, rel.doc, rel.start
  WITH a, depth, collect({below: below, rel: rel})[0] AS step
  WITH a, depth, step.below AS below, step.rel AS rel
  ORDER BY depth, a.name
  RETURN collect({depth: depth, role: 'SUPERIOR', agency: a {.id, .name, .nameEn, .aliases, .kind, labels: labels(a)},
                  below: below {.id, .name, .nameEn, .aliases, .kind, labels: labels(below)},
                  evidence: rel {.doc, .quote, .start, .end}}) AS above
}
RETURN t IS NOT NULL AS known, direct + above AS links
