package org.plangraph.load;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.plangraph.extract.NodeIds;

/**
 * The Cypher of a document load, run inside one transaction the caller owns. Every statement is fixed and takes its
 * data as parameters; labels and relationship types of derived links come from the model's own enums and reach
 * Cypher as parameters too ({@code $(row.label)}).
 */
final class DocumentWriter {

	/** Relationship types whose instances carry the {@code doc} that stated them (index-backed, see V002). */
	private static final List<String> DELETE_CLAIMS = List.of(
			"MATCH ()-[r:ISSUED_BY {doc: $doc}]->() DELETE r", "MATCH ()-[r:SUPPORTS {doc: $doc}]->() DELETE r",
			"MATCH ()-[r:LOCATED_IN {doc: $doc}]->() DELETE r", "MATCH ()-[r:OPERATES {doc: $doc}]->() DELETE r",
			"MATCH ()-[r:RESPONSIBLE_FOR {doc: $doc}]->() DELETE r",
			"MATCH ()-[r:REPORTS_TO {doc: $doc}]->() DELETE r", "MATCH ()-[r:ADVANCES {doc: $doc}]->() DELETE r",
			"MATCH ()-[r:ABOUT {doc: $doc}]->() DELETE r", "MATCH ()-[r:MENTIONS {doc: $doc}]->() DELETE r");

	private static final List<String> DELETE_OWN_NODES = List.of("MATCH (n:Task {doc: $doc}) DETACH DELETE n",
			"MATCH (n:Target {doc: $doc}) DETACH DELETE n", "MATCH (n:Goal {doc: $doc}) DETACH DELETE n",
			"MATCH (n:Section {doc: $doc}) DETACH DELETE n", "MATCH (n:Document {id: $doc}) DETACH DELETE n");

	private static final String DELETE_ORPHAN_ACTORS = "MATCH (e:Entity) WHERE NOT (e)--() DELETE e";

	private static final String CREATE_DOCUMENT = "CREATE (d:Document) SET d = $row, d.loadedAt = datetime()";

	private static final String CREATE_SECTIONS = "UNWIND $rows AS row CREATE (n:Section) SET n = row";

	private static final String CREATE_GOALS = "UNWIND $rows AS row CREATE (n:Goal) SET n = row";

	private static final String CREATE_TARGETS = "UNWIND $rows AS row CREATE (n:Target) SET n = row";

	private static final String CREATE_TASKS = "UNWIND $rows AS row CREATE (n:Task) SET n = row";

	private static final String MERGE_ACTORS = """
			UNWIND $rows AS row
			MERGE (e:Entity {id: row.id})
			ON CREATE SET e.name = row.name, e.kind = row.kind
			SET e:$(row.label),
			    e.nameEn = coalesce(e.nameEn, row.nameEn),
			    e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases |
			                       CASE WHEN a IN acc THEN acc ELSE acc + a END)
			SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' ' + a)
			""";

	private static final String MERGE_TOPICS = """
			UNWIND $rows AS row
			MERGE (t:Topic {id: row.id})
			SET t.name = row.name, t.nameEn = row.nameEn, t.aliases = row.aliases,
			    t.aliasText = reduce(s = '', a IN row.aliases | s + ' ' + a)
			""";

	private static final String MERGE_BROADER = """
			UNWIND $rows AS row
			MATCH (t:Topic {id: row.from})
			MERGE (p:Topic {id: row.to}) ON CREATE SET p.name = row.toName, p.aliases = [], p.aliasText = ''
			MERGE (t)-[:BROADER]->(p)
			""";

	/**
	 * Endpoint lookups per label pair. Dynamic labels ({@code $(row.label)}) in a MATCH are planned as label scans,
	 * not index seeks, so each pair of the model's lookup labels gets its own statement; labels come only from
	 * {@link NodeIds#label}, never from input.
	 */
	private static final String MATCH_ENDS = "UNWIND $rows AS row MATCH (a:%s {id: row.from}) MATCH (b:%s {id: row.to}) ";

	private static final String CREATE_PART_OF = "CREATE (a)-[:PART_OF]->(b)";

	private static final String CREATE_DERIVED = "CREATE (a)-[r:$(row.type)]->(b) SET r = row.props";

	private static final String MERGE_CURATED = "MERGE (a)-[r:$(row.type)]->(b) SET r += row.props";

	private DocumentWriter() {
	}

	static String storedSha256(TransactionContext tx, String documentId) {
		var result = tx.run("MATCH (d:Document {id: $id}) RETURN d.sha256 AS sha256", Map.of("id", documentId));
		return result.hasNext() ? result.next().get("sha256").asString(null) : null;
	}

	static String sameContentAs(TransactionContext tx, String documentId, String sha256) {
		var result = tx.run("MATCH (d:Document {sha256: $sha}) WHERE d.id <> $id RETURN d.sourceFile AS file LIMIT 1",
				Map.of("sha", sha256, "id", documentId));
		return result.hasNext() ? result.next().get("file").asString() : null;
	}

	static void delete(TransactionContext tx, String documentId) {
		Map<String, Object> params = Map.of("doc", documentId);
		DELETE_CLAIMS.forEach(statement -> tx.run(statement, params).consume());
		DELETE_OWN_NODES.forEach(statement -> tx.run(statement, params).consume());
		tx.run(DELETE_ORPHAN_ACTORS).consume();
	}

	static void write(TransactionContext tx, GraphRows rows, int batchSize) {
		tx.run(CREATE_DOCUMENT, Map.of("row", rows.document())).consume();
		batched(tx, CREATE_SECTIONS, rows.sections(), batchSize);
		batched(tx, CREATE_GOALS, rows.goals(), batchSize);
		batched(tx, CREATE_TARGETS, rows.targets(), batchSize);
		batched(tx, CREATE_TASKS, rows.tasks(), batchSize);
		batched(tx, MERGE_ACTORS, rows.actors(), batchSize);
		batched(tx, MERGE_TOPICS, rows.topics(), batchSize);
		batched(tx, MERGE_BROADER, rows.broader(), batchSize);
		linked(tx, CREATE_PART_OF, rows.partOf(), batchSize);
		linked(tx, CREATE_DERIVED, rows.derived(), batchSize);
		linked(tx, MERGE_CURATED, rows.curated(), batchSize);
	}

	private static void linked(TransactionContext tx, String create, List<Map<String, Object>> rows, int size) {
		Map<String, List<Map<String, Object>>> byLabels = new java.util.TreeMap<>();
		for (Map<String, Object> row : rows) {
			byLabels.computeIfAbsent(row.get("fromLabel") + "|" + row.get("toLabel"), k -> new java.util.ArrayList<>())
				.add(row);
		}
		byLabels.forEach((pair, group) -> {
			String from = NodeIds.checkedLabel((String) group.get(0).get("fromLabel"));
			String to = NodeIds.checkedLabel((String) group.get(0).get("toLabel"));
			batched(tx, MATCH_ENDS.formatted(from, to) + create, group, size);
		});
	}

	private static void batched(TransactionContext tx, String statement, List<Map<String, Object>> rows, int size) {
		for (int from = 0; from < rows.size(); from += size) {
			tx.run(statement, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + size)))).consume();
		}
	}

}
