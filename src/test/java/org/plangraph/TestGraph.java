package org.plangraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.config.Setting;
import org.plangraph.document.PlanParser;
import org.plangraph.extract.DefaultPlanExtractor;
import org.plangraph.extract.PlanExtractor;
import org.plangraph.graph.EmbeddedNeo4j;
import org.plangraph.graph.GraphProperties;
import org.plangraph.graph.GraphTarget;
import org.plangraph.graph.GraphTransactions;
import org.plangraph.graph.Migrations;
import org.plangraph.load.PlanLoader;

/**
 * A real embedded Neo4j on a temporary directory and a free Bolt port, with the schema applied, for tests that need
 * the graph but not the whole application. Closing it stops the server and deletes the directory.
 */
public final class TestGraph implements AutoCloseable {

	private final Path dir;

	private final EmbeddedNeo4j neo4j;

	private final Driver driver;

	private final GraphTarget target = new GraphTarget(null, null, null, null);

	private TestGraph(Path dir, Map<Setting<?>, Object> settings, boolean migrate) {
		this.dir = dir;
		this.neo4j = EmbeddedNeo4j.start(dir, new GraphProperties.Bolt("127.0.0.1", 0),
				new GraphProperties.Auth("neo4j", null), settings);
		this.driver = GraphDatabase.driver(this.neo4j.boltUri(), AuthTokens.none());
		if (migrate) {
			new Migrations(this.driver, this.target).apply();
		}
	}

	/** Opens an existing store as it is, without applying migrations; deletes it on close. */
	public static TestGraph open(Path dir) {
		return new TestGraph(dir, Map.of(), false);
	}

	public static TestGraph start() {
		return start(Map.of());
	}

	public static TestGraph start(Map<Setting<?>, Object> settings) {
		try {
			return new TestGraph(Files.createTempDirectory("plangraph-test-"), settings, true);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Driver driver() {
		return this.driver;
	}

	public GraphTarget target() {
		return this.target;
	}

	/** Transactions as the application runs them on the embedded graph: in process. */
	public GraphTransactions transactions() {
		return GraphTransactions.inProcess(this.neo4j.managementService(), "neo4j", Duration.ofSeconds(30));
	}

	public EmbeddedNeo4j neo4j() {
		return this.neo4j;
	}

	public PlanLoader loader() {
		return loader(new DefaultPlanExtractor());
	}

	public PlanLoader loader(PlanExtractor extractor) {
		return new PlanLoader(this.driver, this.target, transactions(), new PlanParser(), extractor, 1);
	}

	public long count(String cypher) {
		return count(cypher, Map.of());
	}

	public long count(String cypher, Map<String, Object> params) {
		try (Session session = this.driver.session()) {
			return session.run(cypher, params).single().get(0).asLong();
		}
	}

	/** Nodes and relationships of the model (not the migration history). */
	public GraphCounts counts() {
		return new GraphCounts(count("MATCH (n) WHERE NOT n:__Migration RETURN count(n)"),
				count("MATCH ()-[r]->() RETURN count(r)"));
	}

	@Override
	public void close() {
		this.driver.close();
		this.neo4j.close();
		deleteRecursively(this.dir);
	}

	public static void deleteRecursively(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// best effort: a temp directory
		}
	}

	public record GraphCounts(long nodes, long relationships) {
	}

}
