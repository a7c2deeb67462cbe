// 位于某一区域的一切 · Everything located in a zone (default 西部核心区), also through smaller zones inside it.
:param zone => '西部核心区';
MATCH (z:Zone)
WHERE z.name = $zone OR $zone IN coalesce(z.aliases, [])
MATCH path = (x:Entity)-[:LOCATED_IN*1..3]->(z)
RETURN path;
