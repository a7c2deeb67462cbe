// The agencies directly responsible for each of a batch of tasks, with role and quote.
UNWIND $ids AS id
MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(:Task {id: id})
WITH id, a, r ORDER BY a.name, r.role
RETURN id, collect({role: coalesce(r.role, 'HANDLER'),
                    agency: a {.id, .name, .nameEn, .aliases, .kind, labels: labels(a)},
                    evidence: r {.doc, .quote, .start, .end}}) AS links
