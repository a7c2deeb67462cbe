// One full-text index over names, aliases, headings and texts. The analyzer is Chinese word segmentation
// (plangraph-smartcn where plangraph's jar is on the server, else Neo4j's cjk); see Migrations. Eventually
// consistent: a document's commit does not wait for Lucene (it halved load time); PlanLoader waits for the index
// once a load finishes, so what `load` reports loaded is searchable.
CREATE FULLTEXT INDEX plangraph_text IF NOT EXISTS
FOR (n:Entity|Topic|Document|Section|Goal|Target|Task)
ON EACH [n.name, n.nameEn, n.aliasText, n.title, n.heading, n.text, n.metric]
OPTIONS {indexConfig: {`fulltext.analyzer`: $fulltextAnalyzer, `fulltext.eventually_consistent`: true}};
