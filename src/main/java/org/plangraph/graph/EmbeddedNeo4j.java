package org.plangraph.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingImpl;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j Community server with only its Bolt connector on. The application talks to it through the
 * driver, exactly as it would to an external server; Neo4j Browser and cypher-shell connect to the same port.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService dbms;

	private final Path dataDir;

	private final int boltPort;

	private final String boltHost;

	private EmbeddedNeo4j(DatabaseManagementService dbms, Path dataDir, String boltHost, int boltPort) {
		this.dbms = dbms;
		this.dataDir = dataDir;
		this.boltHost = boltHost;
		this.boltPort = boltPort;
	}

	/**
	 * Starts the server.
	 * @throws GraphStartupException when the address is unsafe without auth or the store is in use
	 */
	public static EmbeddedNeo4j start(Path dataDir, GraphProperties.Bolt bolt, GraphProperties.Auth auth) {
		return start(dataDir, bolt, auth, Map.of());
	}

	/**
	 * Starts the server with further Neo4j settings (tests use it for a LOAD CSV import root).
	 * @throws GraphStartupException when the address is unsafe without auth or the store is in use
	 */
	public static EmbeddedNeo4j start(Path dataDir, GraphProperties.Bolt bolt, GraphProperties.Auth auth,
			Map<Setting<?>, Object> extraSettings) {
		LoopbackGuard.check("embedded Bolt port", bolt.host(), "plangraph.bolt.host", auth);
		Path home = dataDir.toAbsolutePath().normalize();
		try {
			Files.createDirectories(home);
		}
		catch (Exception ex) {
			throw new GraphStartupException("Cannot create the data directory " + home + ": " + ex.getMessage(),
					"Choose a writable directory with --data DIR (or plangraph.data-dir).", ex);
		}
		long started = System.nanoTime();
		DatabaseManagementService dbms;
		try {
			dbms = new DatabaseManagementServiceBuilder(home).setConfig(settings(bolt, auth))
				.setConfig(extraSettings)
				.build();
		}
		catch (RuntimeException ex) {
			throw translate(ex, home);
		}
		int port = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME) instanceof GraphDatabaseAPI api
				? api.getDependencyResolver()
					.resolveDependency(ConnectorPortRegister.class)
					.getLocalAddress(ConnectorType.BOLT)
					.getPort()
				: bolt.port();
		EmbeddedNeo4j neo4j = new EmbeddedNeo4j(dbms, home, bolt.host(), port);
		if (auth.enabled()) {
			neo4j.setPassword(auth);
		}
		log.info("Embedded Neo4j started in {} ms, data in {}, Bolt on {}", (System.nanoTime() - started) / 1_000_000,
				home, neo4j.boltUri());
		return neo4j;
	}

	private static Map<Setting<?>, Object> settings(GraphProperties.Bolt bolt, GraphProperties.Auth auth) {
		return Map.of(BoltConnector.enabled, true, BoltConnector.listen_address,
				new SocketAddress(bolt.host(), bolt.port()), BoltConnector.advertised_address,
				new SocketAddress(advertisedHost(bolt.host()), bolt.port()), HttpConnector.enabled, false,
				GraphDatabaseSettings.auth_enabled, auth.enabled(),
				// Shutdown otherwise waits 5 s + 5 s for Bolt threads and connections.
				BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500),
				BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500));
	}

	private static String advertisedHost(String host) {
		return "0.0.0.0".equals(host) || "::".equals(host) ? "localhost" : host;
	}

	private static RuntimeException translate(RuntimeException ex, Path home) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String name = t.getClass().getSimpleName();
			String message = String.valueOf(t.getMessage());
			if (name.contains("FileLock") || message.contains("locked by another process")
					|| message.contains("Lock file has been locked")) {
				return new GraphStartupException("The data directory " + home
						+ " is in use by another plangraph or Neo4j process (store lock).",
						"Stop the other process, or give this one its own store with --data DIR.", ex);
			}
			if (t instanceof java.net.BindException || message.contains("Address already in use")) {
				return new GraphStartupException("The Bolt port is already in use: " + message,
						"Stop whatever listens there, or choose another port with --plangraph.bolt.port=PORT.", ex);
			}
		}
		return ex;
	}

	private void setPassword(GraphProperties.Auth auth) {
		var system = this.dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		boolean exists = system.executeTransactionally("SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n",
				Map.of("user", auth.username()), result -> ((Number) result.next().get("n")).longValue() > 0);
		String statement = exists ? "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED"
				: "CREATE USER $user SET PASSWORD $password CHANGE NOT REQUIRED";
		try {
			system.executeTransactionally(statement, Map.of("user", auth.username(), "password", auth.password()));
		}
		catch (RuntimeException ex) {
			// A store started before with the same password: Neo4j refuses to "change" a password to itself, and
			// there is nothing to change. Any other refusal still stops the start.
			if (!exists || !String.valueOf(ex.getMessage()).contains("cannot be the same")) {
				throw ex;
			}
		}
		if (!"neo4j".equals(auth.username())) {
			// Neo4j's built-in user keeps its factory password (neo4j/neo4j) otherwise: anyone could log in with it,
			// set a password of their own and own the graph. A random secret no one knows shuts that door.
			byte[] secret = new byte[32];
			new java.security.SecureRandom().nextBytes(secret);
			system.executeTransactionally("ALTER USER neo4j IF EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", java.util.HexFormat.of().formatHex(secret)));
		}
	}

	/**
	 * Changes settings that only clients read, through {@code CALL dbms.clientConfig()}: Neo4j Browser's
	 * post-connect commands, content allowlist and telemetry. They are set after start because their values depend on
	 * the HTTP port, which is bound after the graph starts.
	 * @param settings Neo4j setting names and values as they would be written in neo4j.conf
	 * @throws IllegalArgumentException for an unknown setting or a value it rejects
	 */
	public void updateClientSettings(Map<String, String> settings) {
		if (!(this.dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME) instanceof GraphDatabaseAPI api)) {
			throw new IllegalStateException("The embedded server exposes no configuration");
		}
		Config config = api.getDependencyResolver().resolveDependency(Config.class);
		settings.forEach((name, value) -> {
			if (!(config.getSetting(name) instanceof SettingImpl<Object> setting)) {
				throw new IllegalArgumentException("Unknown Neo4j setting " + name);
			}
			config.set(setting, setting.parse(value));
		});
	}

	public String boltUri() {
		String host = advertisedHost(this.boltHost);
		return "bolt://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + this.boltPort;
	}

	public int boltPort() {
		return this.boltPort;
	}

	public Path dataDir() {
		return this.dataDir;
	}

	public DatabaseManagementService managementService() {
		return this.dbms;
	}

	@Override
	public void close() {
		long started = System.nanoTime();
		this.dbms.shutdown();
		log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

}
