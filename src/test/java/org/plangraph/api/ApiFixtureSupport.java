package org.plangraph.api;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every {@link FixtureGraphTest} class starts from: the {@link ApiFixture} subgraph written before each test, and
 * clients for the running application's HTTP port.
 */
abstract class ApiFixtureSupport {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	HttpGraphQlTester graphQl;

	WebTestClient http;

	@BeforeEach
	void fixture() {
		ApiFixture.create(this.driver);
		this.graphQl = GraphQlTesting.graphQl(this.port);
		this.http = GraphQlTesting.http(this.port);
	}

}
