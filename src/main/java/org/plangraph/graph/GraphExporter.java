package org.plangraph.graph;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Writes the whole graph as neo4j-admin import CSV: one node file per label ({@code nodes-Section.csv}, with
 * {@code id:ID} and {@code :LABEL}) and one relationship file per type ({@code rels-PART_OF.csv}, with
 * {@code :START_ID}, {@code :END_ID}, {@code :TYPE}). Typed headers ({@code start:long}, {@code aliases:string[]})
 * follow the stored values; lists are joined with {@value #ARRAY_DELIMITER}, neo4j-admin's default array delimiter.
 * {@code cypher/load-csv.cypher} loads the same files into a running server with LOAD CSV.
 */
public class GraphExporter {

	/** The node labels of the model, in load order; actors also carry {@code Entity}. */
	public static final List<String> NODE_LABELS = List.of("Document", "Section", "Goal", "Target", "Task", "Topic",
			"Platform", "University", "Firm", "Zone", "Agency");

	/** The relationship types of the model. */
	public static final List<String> RELATIONSHIP_TYPES = List.of("PART_OF", "ISSUED_BY", "SUPPORTS", "LOCATED_IN",
			"OPERATES", "RESPONSIBLE_FOR", "REPORTS_TO", "ADVANCES", "ABOUT", "MEASURES", "MENTIONS", "BROADER");

	static final String ARRAY_DELIMITER = ";";

	private final Driver driver;

	private final GraphTarget target;

	public GraphExporter(Driver driver, GraphTarget target) {
		this.driver = driver;
		this.target = target;
	}

	/** Exports into {@code dir}; returns node and relationship counts per file. */
	public Map<String, Long> export(Path dir) throws IOException {
		Files.createDirectories(dir);
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Session session = this.driver.session(this.target.session())) {
			for (String label : NODE_LABELS) {
				counts.put("nodes-" + label + ".csv", exportNodes(session, label, dir));
			}
			for (String type : RELATIONSHIP_TYPES) {
				counts.put("rels-" + type + ".csv", exportRelationships(session, type, dir));
			}
		}
		return counts;
	}

	private long exportNodes(Session session, String label, Path dir) throws IOException {
		Map<String, String> columns = columns(session,
				"MATCH (n:$($label)) UNWIND keys(n) AS k RETURN DISTINCT k AS key, valueType(n[k]) AS type ORDER BY key",
				Map.of("label", label));
		columns.remove("id");
		List<String> header = new ArrayList<>(List.of("id:ID", ":LABEL"));
		columns.forEach((key, type) -> header.add(key + type));
		long n = 0;
		try (Writer w = Files.newBufferedWriter(dir.resolve("nodes-" + label + ".csv"), StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
			var result = session.run("MATCH (n:$($label)) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p "
					+ "ORDER BY n.id", Map.of("label", label));
			while (result.hasNext()) {
				Record r = result.next();
				List<Object> row = new ArrayList<>();
				row.add(r.get("id").asString());
				row.add(String.join(ARRAY_DELIMITER, r.get("labels").asList(Value::asString)));
				Value props = r.get("p");
				columns.keySet().forEach(key -> row.add(cell(props.get(key))));
				csv.printRecord(row);
				n++;
			}
		}
		return n;
	}

	private long exportRelationships(Session session, String type, Path dir) throws IOException {
		Map<String, String> columns = columns(session,
				"MATCH ()-[r:$($type)]->() UNWIND keys(r) AS k RETURN DISTINCT k AS key, valueType(r[k]) AS type ORDER BY key",
				Map.of("type", type));
		List<String> header = new ArrayList<>(List.of(":START_ID", ":END_ID", ":TYPE"));
		columns.forEach((key, t) -> header.add(key + t));
		long n = 0;
		try (Writer w = Files.newBufferedWriter(dir.resolve("rels-" + type + ".csv"), StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
			var result = session.run("""
					MATCH (a)-[r:$($type)]->(b)
					RETURN a.id AS start, b.id AS end, properties(r) AS p
					ORDER BY start, end
					""", Map.of("type", type));
			while (result.hasNext()) {
				Record r = result.next();
				List<Object> row = new ArrayList<>();
				row.add(r.get("start").asString());
				row.add(r.get("end").asString());
				row.add(type);
				Value props = r.get("p");
				columns.keySet().forEach(key -> row.add(cell(props.get(key))));
				csv.printRecord(row);
				n++;
			}
		}
		return n;
	}

	private static Map<String, String> columns(Session session, String query, Map<String, Object> params) {
		Map<String, String> columns = new LinkedHashMap<>();
		session.run(query, params).forEachRemaining(r -> {
			String key = r.get("key").asString();
			String type = csvType(r.get("type").asString());
			columns.merge(key, type, (a, b) -> a.equals(b) ? a : ":string");
		});
		return columns;
	}

	/** Neo4j value types ({@code valueType()}) to neo4j-admin import column types. */
	static String csvType(String valueType) {
		String t = valueType.replace(" NOT NULL", "");
		return switch (t) {
			case "INTEGER" -> ":long";
			case "FLOAT" -> ":double";
			case "BOOLEAN" -> ":boolean";
			case "ZONED DATETIME" -> ":datetime";
			case "DATE" -> ":date";
			case "LIST<INTEGER>" -> ":long[]";
			case "LIST<FLOAT>" -> ":double[]";
			default -> t.startsWith("LIST<") ? ":string[]" : "";
		};
	}

	private static Object cell(Value value) {
		if (value == null || value.isNull()) {
			return null;
		}
		return switch (value.type().name()) {
			case "LIST" -> String.join(ARRAY_DELIMITER, value.asList(v -> v.isNull() ? "" : v.asObject().toString()));
			case "DATE_TIME" -> value.asZonedDateTime().toOffsetDateTime().toString();
			default -> value.asObject();
		};
	}

}
