// All documents, in file-name order. The text is left out: documents are large.
MATCH (d:Document)
RETURN d {.id, .title, .docNumber, .kind, .issuedOn, .period, .sourceFile, labels: labels(d)} AS node
ORDER BY d.sourceFile, d.id
