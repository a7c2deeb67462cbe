package org.plangraph.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.plangraph.graph.GraphTarget;

import org.springframework.stereotype.Component;

/**
 * Runs the API's Cypher: one read transaction per statement, bounded by {@code plangraph.graphql.query-timeout}.
 * Statements are the {@code .cypher} files beside this class ({@code org/plangraph/api/<name>.cypher}), loaded once;
 * input only ever travels as parameters.
 */
@Component
class GraphReads {

	private final Driver driver;

	private final GraphTarget target;

	private final TransactionConfig transaction;

	private final Map<String, String> statements = new ConcurrentHashMap<>();

	GraphReads(Driver driver, GraphTarget target, ApiProperties properties) {
		this.driver = driver;
		this.target = target;
		this.transaction = TransactionConfig.builder()
			.withTimeout(properties.queryTimeout())
			.withMetadata(Map.of("app", "plangraph-graphql"))
			.build();
	}

	List<Record> read(String name, Map<String, Object> parameters) {
		String statement = statement(name);
		try (Session session = this.driver.session(this.target.session())) {
			return session.executeRead(tx -> tx.run(statement, parameters).list(), this.transaction);
		}
	}

	Record single(String name, Map<String, Object> parameters) {
		List<Record> records = read(name, parameters);
		if (records.size() != 1) {
			throw new IllegalStateException(name + ".cypher returned " + records.size() + " rows, expected 1");
		}
		return records.get(0);
	}

	String statement(String name) {
		return this.statements.computeIfAbsent(name, GraphReads::load);
	}

	private static String load(String name) {
		String resource = "/org/plangraph/api/" + name + ".cypher";
		try (InputStream in = GraphReads.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing Cypher resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
