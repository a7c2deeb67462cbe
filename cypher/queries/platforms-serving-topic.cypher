// 哪些平台服务于某一主题 · Which platforms serve a topic (default 类脑芯片, brain-like chips): platforms that
// support the topic or a narrower one directly, or a goal or task about it. Returns paths for the graph view.
// cypher-shell: cypher-shell -f cypher/queries/platforms-serving-topic.cypher (edit the :param line to change it)
:param topic => '类脑芯片';
MATCH (t:Topic)
WHERE t.name = $topic OR t.nameEn = $topic OR $topic IN coalesce(t.aliases, [])
MATCH (narrower:Topic)-[:BROADER*0..]->(t)
MATCH path = (p:Platform)-[:SUPPORTS]->()-[:ADVANCES|ABOUT*0..2]->(narrower)
RETURN path;
