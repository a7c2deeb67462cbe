package org.plangraph.api;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code /graphiql} is served by the application from its own assets, with the example queries. */
@FixtureGraphTest
class GraphiQlTests {

	@LocalServerPort
	int port;

	@Test
	void graphiqlIsServedFromLocalAssetsWithTheExampleQueries() {
		var http = GraphQlTesting.http(this.port);
		http.get().uri("/graphiql").exchange().expectStatus().is3xxRedirection().expectHeader()
			.value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith("/graphiql/"));
		String page = http.get().uri("/graphiql/").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(page).contains("GraphiQL");
		assumeTrue(!page.contains("not-bundled"), "built with -Dgraphiql.skip=true");
		assertThat(page).contains("src=\"graphiql.js\"", "href=\"graphiql.css\"").doesNotContain("src=\"http",
				"href=\"http");
		String script = http.get().uri("/graphiql/graphiql.js").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		// Checked without printing the 1 MB bundle on failure.
		for (String example : new String[] { "PlatformsServingAiChips", "ResponsibilityChain", "人工智能芯片" }) {
			assertThat(script.contains(example)).as("bundle contains the example " + example).isTrue();
		}
		http.get().uri("/graphiql/graphiql.css").exchange().expectStatus().isOk();
	}

}
