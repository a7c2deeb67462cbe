package org.plangraph.browser;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plangraph.graph.EmbeddedNeo4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What Neo4j Browser reads from the server after connecting ({@code CALL dbms.clientConfig()}): apply plangraph's
 * style and open the analyst guide, fetch guides only from plangraph, send no telemetry. The commands need the HTTP
 * port, so the settings go to the embedded server once the web server is up. An external server keeps its own
 * {@code neo4j.conf}; the README says what to put there.
 */
@Component
@ConditionalOnWebApplication
class BrowserClientSettings {

	private static final Logger log = LoggerFactory.getLogger(BrowserClientSettings.class);

	static final String STYLE = "/styles/plangraph.grass";

	static final String GUIDE = "/guides/plangraph.html";

	private final BrowserProperties properties;

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	private volatile String origin;

	BrowserClientSettings(BrowserProperties properties, ObjectProvider<EmbeddedNeo4j> embedded) {
		this.properties = properties;
		this.embedded = embedded;
	}

	@EventListener
	void webServerStarted(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getParent() != null) {
			return;
		}
		this.origin = origin(this.properties.url(), event.getWebServer().getPort());
		EmbeddedNeo4j server = this.embedded.getIfAvailable();
		if (server != null) {
			server.updateClientSettings(settings(this.origin));
			log.info("Neo4j Browser at {}/browser/ (style {}, guide {})", this.origin, STYLE, GUIDE);
		}
	}

	/** Where the style and guide are fetched from, or {@code null} before the web server is up. */
	String origin() {
		return this.origin;
	}

	static String origin(String configured, int port) {
		if (configured == null || configured.isBlank()) {
			return "http://localhost:" + port;
		}
		URI uri = URI.create(configured.strip());
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

	static Map<String, String> settings(String origin) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("browser.post_connect_cmd", "style " + origin + STYLE + "; play " + origin + GUIDE);
		// Host names, without ports: that is how Browser matches them.
		Set<String> hosts = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", URI.create(origin).getHost()));
		settings.put("browser.remote_content_hostname_whitelist", String.join(",", hosts));
		settings.put("client.allow_telemetry", "false");
		return settings;
	}

}
