package org.plangraph.graph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.plangraph.Seeds;
import org.plangraph.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MigrationsTests {

	private static TestGraph graph;

	@BeforeAll
	static void start() {
		graph = TestGraph.start();
	}

	@AfterAll
	static void stop() {
		graph.close();
	}

	@Test
	void everyMigrationIsRecordedOnceAndNotAppliedAgain() {
		assertThat(graph.count("MATCH (m:__Migration) RETURN count(m)")).isEqualTo(Migrations.load().size());
		assertThat(new Migrations(graph.driver(), graph.target()).apply()).isEmpty();
		assertThat(graph.count("MATCH (m:__Migration) RETURN count(m)")).isEqualTo(Migrations.load().size());
	}

	@Test
	void everyLabelOfTheModelHasAUniqueId() {
		try (Session session = graph.driver().session()) {
			List<String> labels = session.run("""
					SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties
					WHERE type = 'UNIQUENESS' AND properties = ['id']
					RETURN labelsOrTypes[0] AS label""").list(r -> r.get("label").asString());
			assertThat(labels).containsAll(GraphExporter.NODE_LABELS).contains("Entity");
		}
	}

	@Test
	void aChangedMigrationStopsStartUp() {
		try (Session session = graph.driver().session()) {
			session.run("MATCH (m:__Migration {version: 2}) SET m.checksum = 'edited'").consume();
			assertThatExceptionOfType(GraphStartupException.class)
				.isThrownBy(() -> new Migrations(graph.driver(), graph.target()).apply())
				.withMessageContaining("Migration V2 (range indexes) changed after it was applied");
			session.run("MATCH (m:__Migration {version: 2}) SET m.checksum = $c",
					Map.of("c", Migrations.load().get(1).checksum()))
				.consume();
		}
	}

	@Test
	void fullTextFindsOneChineseCharacterAndLongerWords() throws Exception {
		graph.loader().load(List.of(Seeds.path(Seeds.INNOVATION_ZONE_SCHEME)), o -> {
		});
		String query = "CALL db.index.fulltext.queryNodes('plangraph_text', $q) YIELD node RETURN count(node)";
		assertThat(graph.count(query, Map.of("q", "脑"))).isPositive();
		assertThat(graph.count(query, Map.of("q", "类脑智能"))).isPositive();
		assertThat(graph.count(query, Map.of("q", "未来产业"))).isPositive();
		assertThat(graph.count(query, Map.of("q", "鲸"))).isZero();
		try (Session session = graph.driver().session()) {
			assertThat(session.run("SHOW FULLTEXT INDEXES YIELD options RETURN options").single().get(0).asMap().toString())
				.contains(SmartChineseAnalyzerProvider.NAME);
		}
	}

}
