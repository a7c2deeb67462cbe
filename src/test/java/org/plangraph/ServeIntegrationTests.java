package org.plangraph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.plangraph.graph.EmbeddedNeo4j;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The application as `serve` runs it: embedded graph, seeds loaded on start, GraphQL over real HTTP. */
@SeededGraphTest
class ServeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedNeo4j neo4j;

	@Autowired
	Driver driver;

	@Test
	void seedsAreLoadedIntoTheEmptyGraphOnStart() {
		try (var session = this.driver.session()) {
			assertThat(session.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong()).isEqualTo(5);
			assertThat(session.run("MATCH (s:Section) RETURN count(s) AS n").single().get("n").asLong()).isGreaterThan(100);
		}
	}

	@Test
	void graphqlAnswersOverHttp() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ documents { id title docNumber } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("杨府发〔2021〕5号").contains("doc:002_49859cdc74a7f20e");
	}

	@Test
	void embeddedBoltListensOnLoopbackAndTheDriverGoesThroughIt() {
		assertThat(this.neo4j.boltUri()).startsWith("bolt://127.0.0.1:").doesNotEndWith(":7687");
		this.driver.verifyConnectivity();
	}

}
