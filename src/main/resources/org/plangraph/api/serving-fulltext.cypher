// Free text that names no topic: the best full-text matches among topics and goals; $query is already escaped.
CALL db.index.fulltext.queryNodes('plangraph_text', $query, {limit: 200}) YIELD node, score
WHERE node:Topic OR node:Goal
RETURN node.id AS id, labels(node) AS labels, score
ORDER BY score DESC, id
LIMIT 10
