package org.plangraph.api;

import java.time.Duration;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Clients for the running application's {@code /graphql}, over real HTTP. */
final class GraphQlTesting {

	private GraphQlTesting() {
	}

	static WebTestClient http(int port) {
		return WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(Duration.ofSeconds(60))
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build();
	}

	static HttpGraphQlTester graphQl(int port) {
		return HttpGraphQlTester.create(http(port).mutate().baseUrl("http://127.0.0.1:" + port + "/graphql").build());
	}

}
