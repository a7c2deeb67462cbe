package org.plangraph.browser;

import java.net.URI;

import org.plangraph.graph.EmbeddedNeo4j;
import org.plangraph.graph.GraphProperties;
import org.plangraph.graph.GraphTarget;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The Bolt address and user Neo4j Browser should connect with, as seen from the analyst's machine. */
@Component
class BoltEndpoint {

	private final GraphTarget target;

	private final GraphProperties properties;

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	BoltEndpoint(GraphTarget target, GraphProperties properties, ObjectProvider<EmbeddedNeo4j> embedded) {
		this.target = target;
		this.properties = properties;
		this.embedded = embedded;
	}

	/**
	 * @param requestHost the host name the analyst's browser used to reach plangraph: Bolt on all interfaces is reached
	 * the same way
	 */
	URI uri(String requestHost) {
		EmbeddedNeo4j server = this.embedded.getIfAvailable();
		if (server == null) {
			return this.target.uri();
		}
		String host = this.properties.bolt().host();
		if (isWildcard(host)) {
			host = requestHost;
		}
		return URI.create("bolt://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.boltPort());
	}

	/** The user to log in as, or {@code null} when the server needs no login. */
	String username() {
		if (this.embedded.getIfAvailable() != null) {
			return this.properties.auth().enabled() ? this.properties.auth().username() : null;
		}
		return this.target.username();
	}

	/** Whether Browser should route ({@code neo4j://}) rather than talk to the one server directly. */
	boolean routing() {
		String scheme = this.embedded.getIfAvailable() == null ? this.target.uri().getScheme() : "bolt";
		return scheme.startsWith("neo4j");
	}

	private static boolean isWildcard(String host) {
		return host == null || host.isBlank() || "0.0.0.0".equals(host) || "::".equals(host) || "[::]".equals(host);
	}

}
