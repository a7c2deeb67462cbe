// 哪些平台服务于某一主题 · Which platforms serve a topic (default 类脑芯片, brain-like chips): platforms that
// support the topic or a narrower one directly, or a goal or task about it. Returns paths for the graph view.
:param topic => '类脑芯片';
MATCH (asked:Topic)
WHERE asked.name = $topic OR asked.nameEn = $topic OR $topic IN coalesce(asked.aliases, [])
MATCH (narrower:Topic)-[:BROADER*0..]->(asked)
MATCH (asked)-[:BROADER*0..]->(broader:Topic)
WITH collect(DISTINCT narrower) AS topics, collect(DISTINCT narrower) + collect(DISTINCT broader) AS related
UNWIND topics AS topic
MATCH path = (p:Platform)-[:SUPPORTS]->(via)-[:ADVANCES|ABOUT*0..2]->(topic)
// One sentence often names several platforms for one task (…类脑芯片…平台、北斗高精度位置服务平台等功能型平台建设):
// through a task, a platform whose own topics (supported, or in its name) are all unrelated does not count.
WITH path, p, via, related,
     COLLECT {
       MATCH (p)-[:SUPPORTS]->(own:Topic) RETURN own
       UNION
       MATCH (own:Topic) WHERE size(own.name) >= 2 AND p.name CONTAINS own.name RETURN own
     } AS own
WHERE NOT via:Task OR size(own) = 0 OR any(o IN own WHERE o IN related)
RETURN path;
