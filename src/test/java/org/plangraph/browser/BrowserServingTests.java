package org.plangraph.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.plangraph.SeededGraphTest;
import org.plangraph.graph.EmbeddedNeo4j;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Neo4j Browser as the running application serves it: files, redirect, discovery, policy, client settings. */
@SeededGraphTest
class BrowserServingTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedNeo4j neo4j;

	@Autowired
	Driver driver;

	@Test
	void openingBrowserRedirectsToALinkThatConnectsWithoutLogin() throws Exception {
		HttpResponse<String> bare = get("/browser", Map.of());
		assertThat(bare.statusCode()).isEqualTo(302);
		assertThat(bare.headers().firstValue("Location")).hasValue("/browser/");

		HttpResponse<String> open = get("/browser/", Map.of());
		assertThat(open.statusCode()).isEqualTo(302);
		assertThat(open.headers().firstValue("Location")).hasValue("/browser/?preselectAuthMethod=NO_AUTH");
	}

	@Test
	void browserPageAndItsBundlesAreServedFromTheJar() throws Exception {
		HttpResponse<String> page = get("/browser/?preselectAuthMethod=NO_AUTH", Map.of());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		assertThat(page.body()).contains("<title>Neo4j Browser</title>");
		Matcher script = Pattern.compile("src=\"(app-[0-9a-f]+\\.js)\"").matcher(page.body());
		assertThat(script.find()).isTrue();
		HttpResponse<String> bundle = get("/browser/" + script.group(1), Map.of());
		assertThat(bundle.statusCode()).isEqualTo(200);
		assertThat(bundle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
	}

	@Test
	void browserMayTalkOnlyToPlangraphAndTheBoltPort() throws Exception {
		String policy = get("/browser/?preselectAuthMethod=NO_AUTH", Map.of()).headers()
			.firstValue("Content-Security-Policy")
			.orElseThrow();
		assertThat(policy).contains("default-src 'self'")
			.contains("ws://127.0.0.1:" + this.neo4j.boltPort())
			.contains("http://localhost:" + this.port)
			.doesNotContain("https:")
			.doesNotContain("*");
		assertThat(get("/graphql", Map.of()).headers().firstValue("Content-Security-Policy")).isEmpty();
	}

	@Test
	void discoveryTellsBrowserWhereBoltIs() throws Exception {
		HttpResponse<String> response = get("/", Map.of("Accept", "application/json"));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode json = JsonMapper.builder().build().readTree(response.body());
		assertThat(json.path("bolt_direct").asString()).isEqualTo(this.neo4j.boltUri());
		assertThat(json.path("neo4j_version").asString()).isEqualTo("2025.12.1");
		assertThat(json.path("neo4j_edition").asString()).isEqualTo("community");
		assertThat(json.path("auth_config").path("oidc_providers").isArray()).isTrue();
	}

	@Test
	void serverTellsBrowserToStyleOpenTheGuideAndSendNoTelemetry() {
		Map<String, String> config;
		try (Session session = this.driver.session()) {
			config = session.run("CALL dbms.clientConfig() YIELD name, value RETURN name, value")
				.list()
				.stream()
				.collect(Collectors.toMap(r -> r.get("name").asString(), r -> r.get("value").asString()));
		}
		String origin = "http://localhost:" + this.port;
		assertThat(config).containsEntry("browser.post_connect_cmd",
				"style " + origin + "/styles/plangraph.grass; play " + origin + "/guides/plangraph.html")
			.containsEntry("client.allow_telemetry", "false")
			.containsEntry("browser.remote_content_hostname_whitelist", "localhost,127.0.0.1");
	}

	@Test
	void styleGivesEachLabelItsColourAndCaption() throws Exception {
		HttpResponse<String> style = get("/styles/plangraph.grass", Map.of("Origin", "http://localhost:" + this.port));
		assertThat(style.statusCode()).isEqualTo(200);
		assertThat(style.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		String grass = style.body();
		for (String label : new String[] { "Platform", "University", "Firm", "Zone", "Agency" }) {
			assertThat(rule(grass, label)).contains("caption: \"{name}\";").contains("color: #");
		}
		assertThat(rule(grass, "Task")).contains("caption: \"{code} {title}\";");
		assertThat(rule(grass, "Target")).contains("caption: \"{metric}\";");
		assertThat(rule(grass, "Document")).contains("caption: \"{title}\";");
		assertThat(grass).contains("caption: \"<type>\";");
	}

	@Test
	void guideCarriesTheQueryFilesAndTheStyleLink() throws Exception {
		HttpResponse<String> guide = get("/guides/plangraph.html", Map.of());
		assertThat(guide.statusCode()).isEqualTo(200);
		String html = guide.body();
		assertThat(html).doesNotContain("{{").contains("<slide").contains("类脑芯片").contains("brain-like chips");
		assertThat(html).contains("data-exec=\"params {topic: &#39;类脑芯片&#39;}\"")
			.contains("data-exec=\"params {first: &#39;产业发展&#39;, second: &#39;科技创新能级&#39;}\"");
		assertThat(html).contains("data-exec=\"style http://127.0.0.1:" + this.port + "/styles/plangraph.grass\"");
		for (String name : new String[] { "platforms-serving-topic", "located-in-zone", "task-responsibility",
				"targets-without-task", "documents-shared-actors", "fulltext-search" }) {
			String firstQueryLine = AnalystQuery.load(name).query().lines().findFirst().orElseThrow();
			assertThat(html).as(name).contains(org.springframework.web.util.HtmlUtils.htmlEscape(firstQueryLine));
		}
	}

	private static String rule(String grass, String label) {
		int start = grass.indexOf("node." + label + " {");
		assertThat(start).as(label).isNotNegative();
		return grass.substring(start, grass.indexOf("\n}", start));
	}

	private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET();
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
