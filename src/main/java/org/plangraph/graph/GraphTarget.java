package org.plangraph.graph;

import java.net.URI;

import org.neo4j.driver.SessionConfig;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Which Neo4j the application uses: {@code spring.neo4j.*} properties win, then the {@code NEO4J_URI},
 * {@code NEO4J_USERNAME}, {@code NEO4J_PASSWORD} and {@code NEO4J_DATABASE} environment variables. No URI means
 * embedded.
 *
 * @param uri external server, or {@code null} for embedded
 * @param database database name, or {@code null} for the server's default
 */
public record GraphTarget(URI uri, String username, String password, String database) {

	static GraphTarget from(Environment env) {
		String uri = first(env, "spring.neo4j.uri", "NEO4J_URI");
		return new GraphTarget(uri == null ? null : URI.create(uri),
				first(env, "spring.neo4j.authentication.username", "NEO4J_USERNAME"),
				first(env, "spring.neo4j.authentication.password", "NEO4J_PASSWORD"),
				first(env, "spring.data.neo4j.database", "NEO4J_DATABASE"));
	}

	private static String first(Environment env, String property, String variable) {
		String value = env.getProperty(property);
		if (value == null || value.isBlank()) {
			value = env.getProperty(variable);
		}
		return value == null || value.isBlank() ? null : value.strip();
	}

	public boolean embedded() {
		return this.uri == null;
	}

	public String databaseOrDefault() {
		return this.database == null ? "(default)" : this.database;
	}

	/** Session settings that select the configured database. */
	public SessionConfig session() {
		return this.database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(this.database);
	}

	@Override
	public String toString() {
		return "GraphTarget[uri=" + this.uri + ", username=" + this.username + ", database=" + this.database + "]";
	}

	static class EmbeddedCondition implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return from(context.getEnvironment()).embedded();
		}

	}

}
