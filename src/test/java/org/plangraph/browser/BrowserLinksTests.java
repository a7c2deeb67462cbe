package org.plangraph.browser;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.plangraph.TestGraph;
import org.plangraph.graph.EmbeddedNeo4j;
import org.plangraph.graph.GraphProperties;
import org.plangraph.graph.GraphTarget;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The links for a graph that needs a login: Browser's form is filled in with server and user. */
class BrowserLinksTests {

	private final BoltEndpoint external = new BoltEndpoint(
			new GraphTarget(URI.create("neo4j://graph.example:7687"), "analyst", "secret", null),
			new GraphProperties(Path.of("data"), new GraphProperties.Bolt("127.0.0.1", 7687),
					new GraphProperties.Auth("neo4j", null)),
			new StaticListableBeanFactory().getBeanProvider(EmbeddedNeo4j.class));

	@Test
	void withALoginTheFormIsFilledInWithServerAndUserButNoPassword() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/browser/");
		ResponseEntity<?> response = new BrowserController(this.external).open(request);
		assertThat(response.getStatusCode().value()).isEqualTo(302);
		assertThat(response.getHeaders().getLocation()).hasToString(
				"/browser/?preselectAuthMethod=NATIVE&dbms=neo4j://analyst@graph.example:7687");
		assertThat(response.getHeaders().getLocation().toString()).doesNotContain("secret");
	}

	@Test
	void embeddedGraphWithAPasswordOnAllInterfacesIsReachedUnderTheHostTheAnalystUsed() {
		try (TestGraph graph = TestGraph.start()) {
			StaticListableBeanFactory beans = new StaticListableBeanFactory();
			beans.addBean("embeddedNeo4j", graph.neo4j());
			BoltEndpoint embedded = new BoltEndpoint(new GraphTarget(null, null, null, null),
					new GraphProperties(Path.of("data"), new GraphProperties.Bolt("0.0.0.0", 0),
							new GraphProperties.Auth("planner", "secret")),
					beans.getBeanProvider(EmbeddedNeo4j.class));
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/browser/");
			request.setServerName("plans.example.org");
			ResponseEntity<?> response = new BrowserController(embedded).open(request);
			assertThat(response.getHeaders().getLocation()).hasToString(
					"/browser/?preselectAuthMethod=NATIVE&dbms=bolt://planner@plans.example.org:" + graph.neo4j().boltPort());
			assertThat(embedded.routing()).isFalse();
		}
	}

	@Test
	void aClusterIsDiscoveredAsARoutingAddress() {
		assertThat(this.external.routing()).isTrue();
		assertThat(this.external.uri("localhost")).hasToString("neo4j://graph.example:7687");
	}

	@Test
	void theGuideOriginIsTheConfiguredUrlOrLocalhost() {
		assertThat(BrowserClientSettings.origin(null, 8080)).isEqualTo("http://localhost:8080");
		assertThat(BrowserClientSettings.origin("https://plans.example.org/some/path", 8080))
			.isEqualTo("https://plans.example.org");
		assertThat(BrowserClientSettings.settings("https://plans.example.org:8443"))
			.containsEntry("browser.post_connect_cmd",
					"style https://plans.example.org:8443/styles/plangraph.grass; "
							+ "play https://plans.example.org:8443/guides/plangraph.html")
			.containsEntry("browser.remote_content_hostname_whitelist", "localhost,127.0.0.1,plans.example.org")
			.containsEntry("client.allow_telemetry", "false");
	}

}
