package org.plangraph.graph;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code plangraph.*}.
 *
 * @param dataDir where the embedded store keeps its files
 * @param bolt where the embedded Bolt connector listens
 * @param auth credentials; when a password is set, the embedded server requires it and may listen beyond loopback
 */
@ConfigurationProperties("plangraph")
public record GraphProperties(@DefaultValue("data") Path dataDir, @DefaultValue Bolt bolt, @DefaultValue Auth auth) {

	/**
	 * @param host listen address; loopback unless auth is configured
	 * @param port listen port; 0 picks a free one
	 */
	public record Bolt(@DefaultValue("127.0.0.1") String host, @DefaultValue("7687") int port) {
	}

	/**
	 * @param username user the embedded server creates and the app logs in as
	 * @param password empty means auth off
	 */
	public record Auth(@DefaultValue("neo4j") String username, String password) {

		public boolean enabled() {
			return this.password != null && !this.password.isBlank();
		}

		@Override
		public String toString() {
			return "Auth[username=" + this.username + ", password=" + (enabled() ? "****" : "<none>") + "]";
		}

	}

}
