// One full-text index over names, aliases, headings and texts. The analyzer is Chinese word segmentation
// (plangraph-smartcn where plangraph's jar is on the server, else Neo4j's cjk); see Migrations.
CREATE FULLTEXT INDEX plangraph_text IF NOT EXISTS
FOR (n:Entity|Topic|Document|Section|Goal|Target|Task)
ON EACH [n.name, n.nameEn, n.aliasText, n.title, n.heading, n.text, n.metric]
OPTIONS {indexConfig: {`fulltext.analyzer`: $fulltextAnalyzer}};
