// Full-text search; $query is already escaped (FullTextQuery). `body` feeds the snippet; the node map leaves a
// document's whole text out.
CALL db.index.fulltext.queryNodes('plangraph_text', $query, {limit: $limit}) YIELD node, score
RETURN node {.*, text: CASE WHEN node:Document THEN null ELSE node.text END, labels: labels(node)} AS node,
       score,
       coalesce(node.text, node.heading, node.metric, node.aliasText) AS body
ORDER BY score DESC, node.id
LIMIT $limit
