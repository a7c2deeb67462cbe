// Filters the loader and the API use: a document's own nodes, change detection, names, codes and years.
CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256);
CREATE INDEX document_source_file IF NOT EXISTS FOR (n:Document) ON (n.sourceFile);
CREATE INDEX section_doc IF NOT EXISTS FOR (n:Section) ON (n.doc);
CREATE INDEX goal_doc IF NOT EXISTS FOR (n:Goal) ON (n.doc);
CREATE INDEX target_doc IF NOT EXISTS FOR (n:Target) ON (n.doc);
CREATE INDEX target_year IF NOT EXISTS FOR (n:Target) ON (n.year);
CREATE INDEX task_doc IF NOT EXISTS FOR (n:Task) ON (n.doc);
CREATE INDEX task_code IF NOT EXISTS FOR (n:Task) ON (n.code);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX topic_name IF NOT EXISTS FOR (n:Topic) ON (n.name);
CREATE INDEX topic_name_en IF NOT EXISTS FOR (n:Topic) ON (n.nameEn);
// Derived relationships carry the id of the document that states them, so replacing a document removes exactly its claims.
CREATE INDEX issued_by_doc IF NOT EXISTS FOR ()-[r:ISSUED_BY]-() ON (r.doc);
CREATE INDEX supports_doc IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.doc);
CREATE INDEX located_in_doc IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.doc);
CREATE INDEX operates_doc IF NOT EXISTS FOR ()-[r:OPERATES]-() ON (r.doc);
CREATE INDEX responsible_for_doc IF NOT EXISTS FOR ()-[r:RESPONSIBLE_FOR]-() ON (r.doc);
CREATE INDEX reports_to_doc IF NOT EXISTS FOR ()-[r:REPORTS_TO]-() ON (r.doc);
CREATE INDEX advances_doc IF NOT EXISTS FOR ()-[r:ADVANCES]-() ON (r.doc);
CREATE INDEX about_doc IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.doc);
CREATE INDEX mentions_doc IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.doc);
