package org.plangraph.graph;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.plangraph.ChildNeo4j;
import org.plangraph.PlangraphApplication;
import org.plangraph.Seeds;
import org.plangraph.cli.PlangraphCommandAccess;
import org.plangraph.load.LoadOutcome;
import org.plangraph.load.LoadStatus;
import org.plangraph.load.PlanLoader;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * External mode against a real Neo4j in another JVM, over {@code neo4j://} with authentication: nothing is embedded,
 * migrations run on that server, and loads land there.
 */
class ExternalNeo4jTests {

	private static final String PASSWORD = "external-test-password";

	private static ChildNeo4j server;

	@TempDir
	Path work;

	@BeforeAll
	static void startServer() throws Exception {
		server = ChildNeo4j.start(PASSWORD);
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void applicationRunsAgainstTheExternalServerAndEmbedsNothing() throws Exception {
		Path unusedDataDir = this.work.resolve("must-not-be-created");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PlangraphApplication.class)
			.web(WebApplicationType.NONE)
			.run("--NEO4J_URI=" + server.uri("neo4j"), "--NEO4J_USERNAME=neo4j", "--NEO4J_PASSWORD=" + PASSWORD,
					"--plangraph.data-dir=" + unusedDataDir, "--plangraph.initial-load.enabled=false")) {
			assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
			PlanLoader loader = context.getBean(PlanLoader.class);
			loader.reset();
			List<LoadOutcome> outcomes = loader.load(PlanLoader.planFiles(List.of(Seeds.DIR)), o -> {
			});
			assertThat(outcomes).extracting(LoadOutcome::status).containsOnly(LoadStatus.NEW).hasSize(5);
		}
		assertThat(unusedDataDir).doesNotExist();
		try (Driver driver = GraphDatabase.driver(server.uri("bolt"), AuthTokens.basic("neo4j", PASSWORD));
				Session session = driver.session()) {
			assertThat(session.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong()).isEqualTo(5);
			assertThat(session.run("MATCH (m:__Migration) RETURN count(m) AS n").single().get("n").asLong())
				.isEqualTo(Migrations.load().size());
			assertThat(session.run("SHOW FULLTEXT INDEXES YIELD name RETURN collect(name) AS names")
				.single()
				.get("names")
				.asList()).contains("plangraph_text");
		}
	}

	@Test
	void loadCommandTakesTheServerFromTheEnvironmentStyleProperties() throws Exception {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = PlangraphCommandAccess.run(new PrintWriter(out, true), new PrintWriter(err, true), "load",
				"--NEO4J_URI=" + server.uri("bolt"), "--NEO4J_USERNAME=neo4j", "--NEO4J_PASSWORD=" + PASSWORD,
				"--data", this.work.resolve("unused").toString(), Seeds.path(Seeds.DEPUTY_REPLY).toString());
		assertThat(exit).as(err.toString()).isZero();
		assertThat(out.toString()).containsPattern("(new|unchanged) +" + Seeds.DEPUTY_REPLY);
		assertThat(Files.exists(this.work.resolve("unused"))).isFalse();
	}

	@Test
	void wrongPasswordFailsFastWithAClearMessage() {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = PlangraphCommandAccess.run(new PrintWriter(out, true), new PrintWriter(err, true), "load",
				"--NEO4J_URI=" + server.uri("bolt"), "--NEO4J_USERNAME=neo4j", "--NEO4J_PASSWORD=wrong",
				Seeds.path(Seeds.DEPUTY_REPLY).toString());
		assertThat(exit).isEqualTo(1);
		assertThat(err.toString()).contains("Cannot reach Neo4j at " + server.uri("bolt"))
			.contains("NEO4J_PASSWORD");
	}

}
