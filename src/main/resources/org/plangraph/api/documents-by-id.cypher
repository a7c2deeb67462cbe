// Documents by id, for the batched Document fields of goals, tasks, targets, sections and evidence.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d {.id, .title, .docNumber, .kind, .issuedOn, .period, .sourceFile, labels: labels(d)} AS node
