// 两份文件之间有何关联（共同的主体）· What links two documents: the actors both name or were issued by. Each
// document is given by id, 文号 or words of its title (defaults: the two Yangpu 十四五 plans).
:param first => '产业发展';
:param second => '科技创新能级';
MATCH (d1:Document)
WHERE d1.id = $first OR d1.docNumber = $first OR d1.title CONTAINS $first
MATCH (d2:Document)
WHERE (d2.id = $second OR d2.docNumber = $second OR d2.title CONTAINS $second) AND d2 <> d1
MATCH (e:Entity)
WHERE EXISTS { (e)-[r]-() WHERE r.doc = d1.id } AND EXISTS { (e)-[r]-() WHERE r.doc = d2.id }
RETURN d1, e, d2, e.name AS actor, [l IN labels(e) WHERE l <> 'Entity'][0] AS kind
ORDER BY kind, actor;
