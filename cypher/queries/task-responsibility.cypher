// 谁负责某项任务，向谁汇报 · Who is responsible for a task and to whom they report. The task is given by id, outline
// code or words of its title (default 指导目录, a task of the reply letter).
:param task => '指导目录';
MATCH (t:Task)
WHERE t.id = $task OR t.code = $task OR t.title CONTAINS $task
MATCH responsible = (a:Agency)-[:RESPONSIBLE_FOR]->(t)
OPTIONAL MATCH reports = (a)-[:REPORTS_TO*1..5]->(:Agency)
RETURN responsible, reports;
