// 全文检索名称 · Full-text search for a name (default 类脑芯片) over actors, topics, documents, sections, goals,
// targets and tasks, with Chinese word segmentation (index plangraph_text, see cypher/migrations/).
:param q => '类脑芯片';
CALL db.index.fulltext.queryNodes('plangraph_text', $q) YIELD node, score
RETURN node, [l IN labels(node) WHERE l <> 'Entity'][0] AS kind,
       coalesce(node.name, node.title, node.heading, node.metric, node.text) AS name, score
ORDER BY score DESC
LIMIT 20;
