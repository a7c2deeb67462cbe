package org.plangraph.graph;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.plangraph.PlangraphApplication;
import org.plangraph.Seeds;
import org.plangraph.load.PlanLoader;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * External mode against the official Neo4j server image. Skipped where no Docker engine runs (as on the machines this
 * project is built on); {@link ExternalNeo4jTests} covers the same path with a server in a child JVM.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerTests {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2025.12.1").withAdminPassword("container-password");

	@Test
	void loadsTheSeedsIntoTheServerImage() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PlangraphApplication.class)
			.web(WebApplicationType.NONE)
			.run("--NEO4J_URI=" + neo4j.getBoltUrl(), "--NEO4J_USERNAME=neo4j",
					"--NEO4J_PASSWORD=container-password", "--plangraph.initial-load.enabled=false")) {
			assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
			context.getBean(PlanLoader.class).load(PlanLoader.planFiles(List.of(Seeds.DIR)), o -> {
			});
		}
		try (Driver driver = GraphDatabase.driver(neo4j.getBoltUrl(), AuthTokens.basic("neo4j", "container-password"));
				Session session = driver.session()) {
			assertThat(session.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong()).isEqualTo(5);
		}
	}

}
