package org.plangraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.config.Setting;
import org.plangraph.document.PlanParser;
import org.plangraph.extract.DefaultPlanExtractor;
import org.plangraph.graph.EmbeddedNeo4j;
import org.plangraph.graph.GraphProperties;
import org.plangraph.graph.GraphTarget;
import org.plangraph.graph.GraphTransactions;
import org.plangraph.graph.Migrations;
import org.plangraph.load.PlanLoader;

/**
 * An embedded store as plangraph opens it (Bolt on loopback, driver in front), kept on disk after close unless asked
 * otherwise: the N = 1,000 store is served again for the query and start-up figures.
 */
final class Store implements AutoCloseable {

	static final GraphTarget TARGET = new GraphTarget(null, null, null, null);

	private final EmbeddedNeo4j neo4j;

	private final Driver driver;

	private Store(Path dir, Map<Setting<?>, Object> settings, boolean migrate) {
		this.neo4j = EmbeddedNeo4j.start(dir, new GraphProperties.Bolt("127.0.0.1", 0),
				new GraphProperties.Auth("neo4j", null), settings);
		this.driver = GraphDatabase.driver(this.neo4j.boltUri(), AuthTokens.none());
		if (migrate) {
			new Migrations(this.driver, TARGET).apply();
		}
	}

	/** A new, empty store with plangraph's schema (constraints, indexes) applied, as `load` finds it. */
	static Store fresh(Path dir, Map<Setting<?>, Object> settings) {
		delete(dir);
		return new Store(dir, settings, true);
	}

	/** An existing store, as it is. */
	static Store existing(Path dir) {
		return new Store(dir, Map.of(), false);
	}

	Driver driver() {
		return this.driver;
	}

	/** In-process transactions on this store, as plangraph's load and API use them on the embedded graph. */
	GraphTransactions transactions() {
		return GraphTransactions.inProcess(this.neo4j.managementService(), "neo4j", Duration.ofSeconds(30));
	}

	/** A loader as {@code plangraph load} runs it: one document per transaction, in process unless {@code overBolt}. */
	PlanLoader loader(int writers, boolean overBolt) {
		return new PlanLoader(this.driver, TARGET,
				overBolt ? GraphTransactions.overBolt(this.driver, TARGET) : transactions(), new PlanParser(),
				new DefaultPlanExtractor(), writers);
	}

	/** Nodes per label and relationships per type, without the migration history. */
	Map<String, Long> census() {
		Map<String, Long> counts = new TreeMap<>();
		try (Session session = this.driver.session()) {
			session.run("MATCH (n) WHERE NOT n:__Migration UNWIND labels(n) AS l RETURN l, count(*) AS n")
				.forEachRemaining(r -> counts.put(":" + r.get("l").asString(), r.get("n").asLong()));
			session.run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n")
				.forEachRemaining(r -> counts.put("-" + r.get("t").asString(), r.get("n").asLong()));
			counts.put("nodes", session.run("MATCH (n) WHERE NOT n:__Migration RETURN count(n) AS n")
				.single()
				.get("n")
				.asLong());
			counts.put("relationships",
					session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong());
		}
		return counts;
	}

	@Override
	public void close() {
		this.driver.close();
		this.neo4j.close();
	}

	static void delete(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static long size(Path dir) {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
