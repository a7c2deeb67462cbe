// Loads a `plangraph export --dir DIR` into a running Neo4j (5.26+ / 2025.x) with LOAD CSV.
//
//   1. Copy the exported *.csv files into the server's import directory (server.directories.import).
//   2. Apply plangraph's schema first (start plangraph once against the server, or run cypher/migrations/*.cypher).
//   3. cypher-shell -a neo4j://HOST:7687 -u USER -p PASSWORD -f cypher/load-csv.cypher
//
// Every column header is `name:type` as neo4j-admin import writes it (id:ID, :LABEL, start:long, aliases:string[]);
// values are converted back to those types (an empty array cell becomes an empty list). A temporary :_Import label with its own uniqueness constraint lets the
// relationship files find both ends by id with an index seek whatever their labels; it is removed at the end.
// The same files load into a new database offline with neo4j-admin (texts span lines, hence multiline fields):
//   neo4j-admin database import full --nodes=nodes-Document.csv ... --relationships=rels-PART_OF.csv ... \
//     --multiline-fields=true neo4j

CREATE CONSTRAINT plangraph_import_id IF NOT EXISTS FOR (n:_Import) REQUIRE n.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes-Document.csv' AS row
CALL (row) {
  CREATE (n:_Import:$(split(row.`:LABEL`, ';')) {id: row.`id:ID`})
  WITH n, row
  UNWIND [k IN keys(row) WHERE NOT k IN ['id:ID', ':LABEL'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH n, row, key, split(key, ':') AS name
  SET n[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes-Section.csv' AS row
CALL (row) {
  CREATE (n:_Import:$(split(row.`:LABEL`, ';')) {id: row.`id:ID`})
  WITH n, row
  UNWIND [k IN keys(row) WHERE NOT k IN ['id:ID', ':LABEL'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH n, row, key, split(key, ':') AS name
  SET n[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes-Goal.csv' AS row
CALL (row) {
  CREATE (n:_Import:$(split(row.`:LABEL`, ';')) {id: row.`id:ID`})
  WITH n, row
  UNWIND [k IN keys(row) WHERE NOT k IN ['id:ID', ':LABEL'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH n, row, key, split(key, ':') AS name
  SET n[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes-Target.csv' AS row
CALL (row) {
  CREATE (n:_Import:$(split(row.`:LABEL`, ';')) {id: row.`id:ID`})
  WITH n, row
  UNWIND [k IN keys(row) WHERE NOT k IN ['id:ID', ':LABEL'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH n, row, key, split(key, ':') AS name
  SET n[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes-Task.csv' AS row
CALL (row) {
  CREATE (n:_Import:$(split(row.`:LABEL`, ';')) {id: row.`id:ID`})
  WITH n, row
  UNWIND [k IN keys(row) WHERE NOT k IN ['id:ID', ':LABEL'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH n, row, key, split(key, ':') AS name
  SET n[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes-Topic.csv' AS row
CALL (row) {
  CREATE (n:_Import:$(split(row.`:LABEL`, ';')) {id: row.`id:ID`})
  WITH n, row
  UNWIND [k IN keys(row) WHERE NOT k IN ['id:ID', ':LABEL'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH n, row, key, split(key, ':') AS name
  SET n[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes-Platform.csv' AS row
CALL (row) {
  CREATE (n:_Import:$(split(row.`:LABEL`, ';')) {id: row.`id:ID`})
  WITH n, row
  UNWIND [k IN keys(row) WHERE NOT k IN ['id:ID', ':LABEL'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH n, row, key, split(key, ':') AS name
  SET n[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes-University.csv' AS row
CALL (row) {
  CREATE (n:_Import:$(split(row.`:LABEL`, ';')) {id: row.`id:ID`})
  WITH n, row
  UNWIND [k IN keys(row) WHERE NOT k IN ['id:ID', ':LABEL'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH n, row, key, split(key, ':') AS name
  SET n[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes-Firm.csv' AS row
CALL (row) {
  CREATE (n:_Import:$(split(row.`:LABEL`, ';')) {id: row.`id:ID`})
  WITH n, row
  UNWIND [k IN keys(row) WHERE NOT k IN ['id:ID', ':LABEL'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH n, row, key, split(key, ':') AS name
  SET n[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes-Zone.csv' AS row
CALL (row) {
  CREATE (n:_Import:$(split(row.`:LABEL`, ';')) {id: row.`id:ID`})
  WITH n, row
  UNWIND [k IN keys(row) WHERE NOT k IN ['id:ID', ':LABEL'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH n, row, key, split(key, ':') AS name
  SET n[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes-Agency.csv' AS row
CALL (row) {
  CREATE (n:_Import:$(split(row.`:LABEL`, ';')) {id: row.`id:ID`})
  WITH n, row
  UNWIND [k IN keys(row) WHERE NOT k IN ['id:ID', ':LABEL'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH n, row, key, split(key, ':') AS name
  SET n[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///rels-PART_OF.csv' AS row
CALL (row) {
  MATCH (a:_Import {id: row.`:START_ID`})
  MATCH (b:_Import {id: row.`:END_ID`})
  CREATE (a)-[r:$(row.`:TYPE`)]->(b)
  WITH r, row
  UNWIND [k IN keys(row) WHERE NOT k IN [':START_ID', ':END_ID', ':TYPE'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH r, row, key, split(key, ':') AS name
  SET r[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///rels-ISSUED_BY.csv' AS row
CALL (row) {
  MATCH (a:_Import {id: row.`:START_ID`})
  MATCH (b:_Import {id: row.`:END_ID`})
  CREATE (a)-[r:$(row.`:TYPE`)]->(b)
  WITH r, row
  UNWIND [k IN keys(row) WHERE NOT k IN [':START_ID', ':END_ID', ':TYPE'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH r, row, key, split(key, ':') AS name
  SET r[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///rels-SUPPORTS.csv' AS row
CALL (row) {
  MATCH (a:_Import {id: row.`:START_ID`})
  MATCH (b:_Import {id: row.`:END_ID`})
  CREATE (a)-[r:$(row.`:TYPE`)]->(b)
  WITH r, row
  UNWIND [k IN keys(row) WHERE NOT k IN [':START_ID', ':END_ID', ':TYPE'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH r, row, key, split(key, ':') AS name
  SET r[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///rels-LOCATED_IN.csv' AS row
CALL (row) {
  MATCH (a:_Import {id: row.`:START_ID`})
  MATCH (b:_Import {id: row.`:END_ID`})
  CREATE (a)-[r:$(row.`:TYPE`)]->(b)
  WITH r, row
  UNWIND [k IN keys(row) WHERE NOT k IN [':START_ID', ':END_ID', ':TYPE'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH r, row, key, split(key, ':') AS name
  SET r[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///rels-OPERATES.csv' AS row
CALL (row) {
  MATCH (a:_Import {id: row.`:START_ID`})
  MATCH (b:_Import {id: row.`:END_ID`})
  CREATE (a)-[r:$(row.`:TYPE`)]->(b)
  WITH r, row
  UNWIND [k IN keys(row) WHERE NOT k IN [':START_ID', ':END_ID', ':TYPE'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH r, row, key, split(key, ':') AS name
  SET r[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///rels-RESPONSIBLE_FOR.csv' AS row
CALL (row) {
  MATCH (a:_Import {id: row.`:START_ID`})
  MATCH (b:_Import {id: row.`:END_ID`})
  CREATE (a)-[r:$(row.`:TYPE`)]->(b)
  WITH r, row
  UNWIND [k IN keys(row) WHERE NOT k IN [':START_ID', ':END_ID', ':TYPE'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH r, row, key, split(key, ':') AS name
  SET r[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///rels-REPORTS_TO.csv' AS row
CALL (row) {
  MATCH (a:_Import {id: row.`:START_ID`})
  MATCH (b:_Import {id: row.`:END_ID`})
  CREATE (a)-[r:$(row.`:TYPE`)]->(b)
  WITH r, row
  UNWIND [k IN keys(row) WHERE NOT k IN [':START_ID', ':END_ID', ':TYPE'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH r, row, key, split(key, ':') AS name
  SET r[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///rels-ADVANCES.csv' AS row
CALL (row) {
  MATCH (a:_Import {id: row.`:START_ID`})
  MATCH (b:_Import {id: row.`:END_ID`})
  CREATE (a)-[r:$(row.`:TYPE`)]->(b)
  WITH r, row
  UNWIND [k IN keys(row) WHERE NOT k IN [':START_ID', ':END_ID', ':TYPE'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH r, row, key, split(key, ':') AS name
  SET r[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///rels-ABOUT.csv' AS row
CALL (row) {
  MATCH (a:_Import {id: row.`:START_ID`})
  MATCH (b:_Import {id: row.`:END_ID`})
  CREATE (a)-[r:$(row.`:TYPE`)]->(b)
  WITH r, row
  UNWIND [k IN keys(row) WHERE NOT k IN [':START_ID', ':END_ID', ':TYPE'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH r, row, key, split(key, ':') AS name
  SET r[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///rels-MEASURES.csv' AS row
CALL (row) {
  MATCH (a:_Import {id: row.`:START_ID`})
  MATCH (b:_Import {id: row.`:END_ID`})
  CREATE (a)-[r:$(row.`:TYPE`)]->(b)
  WITH r, row
  UNWIND [k IN keys(row) WHERE NOT k IN [':START_ID', ':END_ID', ':TYPE'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH r, row, key, split(key, ':') AS name
  SET r[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///rels-MENTIONS.csv' AS row
CALL (row) {
  MATCH (a:_Import {id: row.`:START_ID`})
  MATCH (b:_Import {id: row.`:END_ID`})
  CREATE (a)-[r:$(row.`:TYPE`)]->(b)
  WITH r, row
  UNWIND [k IN keys(row) WHERE NOT k IN [':START_ID', ':END_ID', ':TYPE'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH r, row, key, split(key, ':') AS name
  SET r[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///rels-BROADER.csv' AS row
CALL (row) {
  MATCH (a:_Import {id: row.`:START_ID`})
  MATCH (b:_Import {id: row.`:END_ID`})
  CREATE (a)-[r:$(row.`:TYPE`)]->(b)
  WITH r, row
  UNWIND [k IN keys(row) WHERE NOT k IN [':START_ID', ':END_ID', ':TYPE'] AND (row[k] IS NOT NULL OR k ENDS WITH '[]')] AS key
  WITH r, row, key, split(key, ':') AS name
  SET r[name[0]] = CASE coalesce(name[1], 'string')
      WHEN 'long' THEN toInteger(row[key]) WHEN 'double' THEN toFloat(row[key]) WHEN 'boolean' THEN toBoolean(row[key])
      WHEN 'datetime' THEN datetime(row[key]) WHEN 'date' THEN date(row[key])
      WHEN 'string[]' THEN CASE coalesce(row[key], '') WHEN '' THEN [] ELSE split(row[key], ';') END
      ELSE row[key] END
} IN TRANSACTIONS OF 1000 ROWS;

MATCH (n:_Import)
CALL (n) { REMOVE n:_Import } IN TRANSACTIONS OF 5000 ROWS;

DROP CONSTRAINT plangraph_import_id IF EXISTS;
