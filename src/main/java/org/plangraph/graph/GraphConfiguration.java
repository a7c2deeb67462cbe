package org.plangraph.graph;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

/**
 * One driver for the whole application. With no external URI configured the driver points at an embedded server
 * started here; otherwise nothing is embedded.
 */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

	private static final Logger log = LoggerFactory.getLogger(GraphConfiguration.class);

	private static final GraphProperties.Auth NO_AUTH = new GraphProperties.Auth("neo4j", null);

	/** HTTP, like Bolt, stays on loopback unless auth is configured; checked before the web server binds. */
	@Bean
	@ConditionalOnWebApplication
	static WebServerFactoryCustomizer<ConfigurableWebServerFactory> httpLoopbackGuard(Environment env) {
		return factory -> LoopbackGuard.check("HTTP port", env.getProperty("server.address"), "server.address",
				Binder.get(env).bind("plangraph.auth", GraphProperties.Auth.class).orElse(NO_AUTH));
	}

	@Bean
	GraphTarget graphTarget(Environment env) {
		return GraphTarget.from(env);
	}

	@Bean(destroyMethod = "close")
	@Conditional(GraphTarget.EmbeddedCondition.class)
	EmbeddedNeo4j embeddedNeo4j(GraphProperties properties) {
		return EmbeddedNeo4j.start(properties.dataDir(), properties.bolt(), properties.auth());
	}

	/**
	 * @param retryTime how long a transaction (one document's load, one API read) is retried on transient errors: a
	 * server restart or failover shorter than this goes unnoticed, a longer outage fails the document (see PlanLoader)
	 */
	@Bean(destroyMethod = "close")
	Driver neo4jDriver(GraphTarget target, GraphProperties properties, ObjectProvider<EmbeddedNeo4j> embedded,
			@Value("${plangraph.neo4j.retry-time:30s}") Duration retryTime) {
		EmbeddedNeo4j server = embedded.getIfAvailable();
		URI uri;
		AuthToken auth;
		if (server != null) {
			uri = URI.create(server.boltUri());
			auth = properties.auth().enabled()
					? AuthTokens.basic(properties.auth().username(), properties.auth().password()) : AuthTokens.none();
		}
		else {
			uri = target.uri();
			auth = target.username() == null ? AuthTokens.none()
					: AuthTokens.basic(target.username(), target.password() == null ? "" : target.password());
			log.info("Using external Neo4j at {} (database {})", uri, target.databaseOrDefault());
		}
		Config config = Config.builder()
			.withMaxTransactionRetryTime(retryTime.toMillis(), TimeUnit.MILLISECONDS)
			.withConnectionAcquisitionTimeout(30, TimeUnit.SECONDS)
			.withUserAgent("plangraph")
			.build();
		Driver driver = GraphDatabase.driver(uri, auth, config);
		if (server == null) {
			verify(driver, uri);
		}
		return driver;
	}

	private static void verify(Driver driver, URI uri) {
		try {
			driver.verifyConnectivity();
		}
		catch (RuntimeException ex) {
			driver.close();
			throw new GraphStartupException("Cannot reach Neo4j at " + uri + ": " + ex.getMessage(),
					"Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, or unset NEO4J_URI to use the embedded graph.",
					ex);
		}
	}

	/**
	 * How API reads and document loads run their transactions: in this process on the embedded graph (unless
	 * {@code plangraph.neo4j.in-process=false}, which sends them over the embedded Bolt port like any client), over
	 * Bolt to an external Neo4j.
	 */
	@Bean
	GraphTransactions graphTransactions(Driver driver, GraphTarget target, ObjectProvider<EmbeddedNeo4j> embedded,
			@Value("${plangraph.neo4j.in-process:true}") boolean inProcess,
			@Value("${plangraph.neo4j.retry-time:30s}") Duration retryTime) {
		EmbeddedNeo4j server = embedded.getIfAvailable();
		if (server != null && inProcess) {
			String database = target.database() == null ? GraphDatabaseSettings.DEFAULT_DATABASE_NAME
					: target.database();
			return GraphTransactions.inProcess(server.managementService(), database, retryTime);
		}
		return GraphTransactions.overBolt(driver, target);
	}

	/** Applied before anything reads or writes the graph. */
	@Bean
	Migrations migrations(Driver driver, GraphTarget target) {
		Migrations migrations = new Migrations(driver, target);
		migrations.apply();
		return migrations;
	}

	@Bean
	GraphExporter graphExporter(Driver driver, GraphTarget target) {
		return new GraphExporter(driver, target);
	}

	@Bean
	DatabaseSelectionProvider databaseSelectionProvider(GraphTarget target) {
		return target.database() == null ? DatabaseSelectionProvider.getDefaultSelectionProvider()
				: DatabaseSelectionProvider.createStaticDatabaseSelectionProvider(target.database());
	}

}
