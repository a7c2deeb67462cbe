package org.plangraph.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.plangraph.extract.NodeIds;
import org.plangraph.graph.GraphTransactions.Statements;

/**
 * The Cypher of a document load, run inside one transaction the caller owns. A whole document is written by a single
 * statement (one round trip, one plan from the query cache): nodes first, then relationships grouped by the labels of
 * their two ends, so that every endpoint lookup is an index seek on that label's {@code id} constraint. (A dynamic
 * label in a MATCH, {@code (a:$(row.label))}, is planned as a label scan.) Labels in statement text come only from
 * the model's fixed lists, never from input; all data are parameters.
 */
final class DocumentWriter {

	/** Label pairs the graph model links: (Section)-[:PART_OF]->(Document), (Entity)-[:SUPPORTS]->(Topic), … */
	static final List<String> MODEL_PAIRS = List.of("Section>Section", "Section>Document", "Goal>Section",
			"Goal>Document", "Target>Section", "Target>Document", "Task>Section", "Task>Document", "Document>Entity",
			"Target>Goal", "Task>Goal", "Task>Topic", "Goal>Topic", "Entity>Goal", "Entity>Topic", "Entity>Task",
			"Entity>Entity", "Section>Entity", "Task>Entity");

	/** Per pair: look up both ends, then create the relationship, or merge it when it is curated. */
	private static final String LINK_PAIR = """
			CALL () {
			  UNWIND coalesce($links['%1$s>%2$s'], []) AS row
			  MATCH (a:%1$s {id: row.from})
			  MATCH (b:%2$s {id: row.to})
			  CALL (a, b, row) {
			    WITH * WHERE NOT row.merge
			    CREATE (a)-[r:$(row.type)]->(b) SET r = row.props
			  }
			  CALL (a, b, row) {
			    WITH * WHERE row.merge
			    MERGE (a)-[r:$(row.type)]->(b) SET r += row.props
			  }
			}
			""";

	private static final String WRITE_NODES = """
			MERGE (d:Document {id: $document.id}) SET d = $document, d.loadedAt = datetime()
			WITH d
			CALL () { UNWIND $sections AS row CREATE (n:Section) SET n = row }
			CALL () { UNWIND $goals AS row CREATE (n:Goal) SET n = row }
			CALL () { UNWIND $targets AS row CREATE (n:Target) SET n = row }
			CALL () { UNWIND $tasks AS row CREATE (n:Task) SET n = row }
			CALL () {
			  UNWIND $actors AS row
			  MERGE (e:Entity {id: row.id})
			  ON CREATE SET e.name = row.name, e.kind = row.kind
			  SET e:$(row.label),
			      e.nameEn = coalesce(e.nameEn, row.nameEn),
			      e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases |
			                         CASE WHEN a IN acc THEN acc ELSE acc + a END)
			  SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' ' + a)
			}
			CALL () {
			  UNWIND $topics AS row
			  MERGE (t:Topic {id: row.id})
			  SET t.name = row.name, t.nameEn = row.nameEn, t.aliases = row.aliases,
			      t.aliasText = reduce(s = '', a IN row.aliases | s + ' ' + a)
			}
			CALL () {
			  UNWIND $broader AS row
			  MATCH (t:Topic {id: row.from})
			  MERGE (p:Topic {id: row.to}) ON CREATE SET p.name = row.toName, p.aliases = [], p.aliasText = ''
			  MERGE (t)-[:BROADER]->(p)
			}
			""";

	/**
	 * Keeps a cached plan however far the statistics drift. Neo4j otherwise replans a cached query whenever they
	 * diverge, which they do after nearly every document while a store fills up, and planning the write statement
	 * takes about as long as writing a hundred documents. The plans do not depend on statistics: every lookup is a seek
	 * on a uniqueness constraint, or on the sha256 index by hint.
	 */
	private static final String KEEP_PLAN = "CYPHER replan=skip\n";

	private static final String WRITE_DOCUMENT;

	static {
		StringJoiner statement = new StringJoiner("", KEEP_PLAN + WRITE_NODES, "RETURN count(*) AS written");
		for (String pair : MODEL_PAIRS) {
			String[] labels = pair.split(">");
			statement.add(LINK_PAIR.formatted(NodeIds.checkedLabel(labels[0]), NodeIds.checkedLabel(labels[1])));
		}
		WRITE_DOCUMENT = statement.toString();
	}

	private static final String STORED = KEEP_PLAN + """
			OPTIONAL MATCH (d:Document {id: $id})
			OPTIONAL MATCH (twin:Document {sha256: $sha}) USING INDEX twin:Document(sha256) WHERE twin.id <> $id
			RETURN d.sha256 AS sha256, head(collect(twin.sourceFile)) AS twin
			""";

	private static final String DELETE_DOCUMENT = """
			CALL () { MATCH ()-[r:ISSUED_BY {doc: $doc}]->() DELETE r }
			CALL () { MATCH ()-[r:SUPPORTS {doc: $doc}]->() DELETE r }
			CALL () { MATCH ()-[r:LOCATED_IN {doc: $doc}]->() DELETE r }
			CALL () { MATCH ()-[r:OPERATES {doc: $doc}]->() DELETE r }
			CALL () { MATCH ()-[r:RESPONSIBLE_FOR {doc: $doc}]->() DELETE r }
			CALL () { MATCH ()-[r:REPORTS_TO {doc: $doc}]->() DELETE r }
			CALL () { MATCH ()-[r:ADVANCES {doc: $doc}]->() DELETE r }
			CALL () { MATCH ()-[r:ABOUT {doc: $doc}]->() DELETE r }
			CALL () { MATCH ()-[r:MENTIONS {doc: $doc}]->() DELETE r }
			CALL () { MATCH (n:Task {doc: $doc}) DETACH DELETE n }
			CALL () { MATCH (n:Target {doc: $doc}) DETACH DELETE n }
			CALL () { MATCH (n:Goal {doc: $doc}) DETACH DELETE n }
			CALL () { MATCH (n:Section {doc: $doc}) DETACH DELETE n }
			CALL () { MATCH (n:Document {id: $doc}) WHERE NOT $keepDocument DETACH DELETE n }
			CALL () { MATCH (e:Entity) WHERE NOT $keepDocument AND NOT (e)--() DELETE e }
			RETURN count(*) AS deleted
			""";

	private static final String DROP_UNLINKED_ACTORS = """
			MATCH (e:Entity) WHERE NOT (e)--() AND NOT e.id IN $named
			DELETE e
			""";

	/** For a relationship between labels outside {@link #MODEL_PAIRS}: correct, just not in the single statement. */
	private static final String LINK_OTHER_PAIR = """
			UNWIND $rows AS row
			MATCH (a:%s {id: row.from})
			MATCH (b:%s {id: row.to})
			CALL (a, b, row) { WITH * WHERE NOT row.merge CREATE (a)-[r:$(row.type)]->(b) SET r = row.props }
			CALL (a, b, row) { WITH * WHERE row.merge MERGE (a)-[r:$(row.type)]->(b) SET r += row.props }
			""";

	private DocumentWriter() {
	}

	/** What the graph holds for this document id, and which other document already has the same bytes. */
	record Stored(String sha256, String twin) {
	}

	static Stored stored(Statements tx, String documentId, String sha256) {
		var record = tx.single(STORED, Map.of("id", documentId, "sha", sha256));
		return new Stored(record.get("sha256").asString(null), record.get("twin").asString(null));
	}

	static void delete(Statements tx, String documentId) {
		tx.run(DELETE_DOCUMENT, Map.of("doc", documentId, "keepDocument", false));
	}

	/**
	 * Removes what a document wrote but keeps its {@code Document} node, for a replacement: Neo4j reads are read
	 * committed, so a query running across the commit could otherwise match the old node, then find it deleted (a
	 * document with no title and no sections) or miss the document altogether. Actors the document alone named stay
	 * until {@link #dropUnlinkedActors} runs after the new version is written, so that actors both versions name are
	 * never deleted and recreated either.
	 */
	static void clear(Statements tx, String documentId) {
		tx.run(DELETE_DOCUMENT, Map.of("doc", documentId, "keepDocument", true));
	}

	/** As a full delete and a fresh write would leave them: unlinked actors go, except those the new version names. */
	static void dropUnlinkedActors(Statements tx, GraphRows rows) {
		tx.run(DROP_UNLINKED_ACTORS, Map.of("named", rows.actors().stream().map(a -> a.get("id")).toList()));
	}

	static void write(Statements tx, GraphRows rows) {
		Map<String, List<Map<String, Object>>> links = new LinkedHashMap<>();
		addLinks(links, rows.partOf(), "PART_OF", false);
		addLinks(links, rows.derived(), null, false);
		addLinks(links, rows.curated(), null, true);
		Map<String, Object> params = new HashMap<>();
		params.put("document", rows.document());
		params.put("sections", rows.sections());
		params.put("goals", rows.goals());
		params.put("targets", rows.targets());
		params.put("tasks", rows.tasks());
		params.put("actors", rows.actors());
		params.put("topics", rows.topics());
		params.put("broader", rows.broader());
		Map<String, List<Map<String, Object>>> modelLinks = new HashMap<>(links);
		modelLinks.keySet().retainAll(MODEL_PAIRS);
		params.put("links", modelLinks);
		tx.run(WRITE_DOCUMENT, params);
		links.forEach((pair, group) -> {
			if (!MODEL_PAIRS.contains(pair)) {
				String[] labels = pair.split(">");
				tx.run(LINK_OTHER_PAIR.formatted(NodeIds.checkedLabel(labels[0]), NodeIds.checkedLabel(labels[1])),
						Map.of("rows", group));
			}
		});
	}

	private static void addLinks(Map<String, List<Map<String, Object>>> links, List<Map<String, Object>> rows,
			String type, boolean merge) {
		for (Map<String, Object> row : rows) {
			Map<String, Object> link = new HashMap<>();
			link.put("from", row.get("from"));
			link.put("to", row.get("to"));
			link.put("type", type != null ? type : row.get("type"));
			link.put("props", row.getOrDefault("props", Map.of()));
			link.put("merge", merge);
			links.computeIfAbsent(row.get("fromLabel") + ">" + row.get("toLabel"), k -> new ArrayList<>()).add(link);
		}
	}

}
