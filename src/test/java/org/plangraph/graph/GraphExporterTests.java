package org.plangraph.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Session;
import org.plangraph.ChildNeo4j;
import org.plangraph.Seeds;
import org.plangraph.TestGraph;
import org.plangraph.load.PlanLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** Export as neo4j-admin CSV, then load those files into a fresh store with cypher/load-csv.cypher. */
class GraphExporterTests {

	@TempDir
	Path exportDir;

	@Test
	void exportedCsvLoadsIntoAFreshStoreWithTheSameGraph() throws Exception {
		Map<String, Long> source;
		Map<String, Long> exported;
		try (TestGraph graph = TestGraph.start()) {
			graph.loader().load(PlanLoader.planFiles(List.of(Seeds.DIR)), o -> {
			});
			exported = new GraphExporter(graph.driver(), graph.target()).export(this.exportDir);
			source = census(graph);
		}
		assertThat(exported.get("nodes-Section.csv")).isEqualTo(source.get("Section")).isPositive();
		assertThat(Files.readAllLines(this.exportDir.resolve("nodes-Section.csv")).get(0)).startsWith("id:ID,:LABEL,")
			.contains("start:long");
		assertThat(Files.readAllLines(this.exportDir.resolve("rels-PART_OF.csv")).get(0))
			.startsWith(":START_ID,:END_ID,:TYPE");

		try (TestGraph fresh = TestGraph.start(Map.of(GraphDatabaseSettings.load_csv_file_url_root, this.exportDir))) {
			String script = Files.readString(Path.of("cypher/load-csv.cypher"));
			try (Session session = fresh.driver().session()) {
				for (String statement : CypherScript.statements(script)) {
					session.run(statement).consume();
				}
			}
			assertThat(census(fresh)).isEqualTo(source);
			assertThat(fresh.count("MATCH (n:_Import) RETURN count(n)")).isZero();
			assertThat(fresh.count("""
					MATCH (s:Section {code: '五.(一).1.(4)'})-[:PART_OF]->(p:Section {code: '五.(一).1'})
					WHERE s.start > p.start AND s.ordinal = p.ordinal + 4 AND s.doc = 'doc:000_9215d3667aee8512'
					RETURN count(s)""")).isEqualTo(1);
			assertThat(fresh.count("""
					MATCH (d:Document)-[r:ISSUED_BY]->(a:Agency:Entity)
					WHERE r.start >= 0 AND r.end > r.start AND a.aliases IS :: LIST<STRING>
					RETURN count(r)""")).isPositive();
		}
	}

	@Test
	void exportedCsvImportsWithNeo4jAdminIntoANewStore() throws Exception {
		Map<String, Long> source;
		try (TestGraph graph = TestGraph.start()) {
			graph.loader().load(PlanLoader.planFiles(List.of(Seeds.DIR)), o -> {
			});
			new GraphExporter(graph.driver(), graph.target()).export(this.exportDir);
			source = census(graph);
		}
		Path home = Files.createTempDirectory("plangraph-admin-import-");
		List<String> command = new ArrayList<>(List.of(ChildNeo4j.javaBinary(), "--add-opens=java.base/java.nio=ALL-UNNAMED",
				"--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
				"--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED", "-cp",
				System.getProperty("java.class.path"), "org.neo4j.cli.AdminTool", "database", "import", "full"));
		try (var files = Files.list(this.exportDir)) {
			files.sorted().forEach(f -> {
				String name = f.getFileName().toString();
				command.add((name.startsWith("nodes-") ? "--nodes=" : "--relationships=") + f);
			});
		}
		// After the file lists, so that the database name is not read as one more relationship file.
		command.add("--multiline-fields=true");
		command.add("neo4j");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("NEO4J_HOME", home.toString());
		Process admin = builder.start();
		String log = new String(admin.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(admin.waitFor()).as(log).isZero();
		assertThat(log).contains("IMPORT DONE");
		try (TestGraph imported = TestGraph.open(home)) {
			assertThat(census(imported)).isEqualTo(source);
		}
	}

	/** Nodes per label, relationships per type, and the sum of every integer property. */
	private static Map<String, Long> census(TestGraph graph) {
		try (Session session = graph.driver().session()) {
			Map<String, Long> counts = new java.util.TreeMap<>();
			session.run("MATCH (n) WHERE NOT n:__Migration UNWIND labels(n) AS l RETURN l, count(*) AS n")
				.forEachRemaining(r -> counts.put(r.get("l").asString(), r.get("n").asLong()));
			session.run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n")
				.forEachRemaining(r -> counts.put(r.get("t").asString(), r.get("n").asLong()));
			counts.put("sum(start)", session.run("MATCH (n:Section) RETURN sum(n.start) AS s").single().get("s").asLong());
			counts.put("chars", session.run("MATCH (d:Document) RETURN sum(size(d.text)) AS s").single().get("s").asLong());
			return counts;
		}
	}

}
