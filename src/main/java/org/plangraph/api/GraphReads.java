package org.plangraph.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Record;
import org.plangraph.graph.GraphTransactions;

import org.springframework.stereotype.Component;

/**
 * Runs the API's Cypher: one read transaction per statement (in process on the embedded graph, see
 * {@link GraphTransactions}), bounded by {@code plangraph.graphql.query-timeout}.
 * Statements are the {@code .cypher} files beside this class ({@code org/plangraph/api/<name>.cypher}), loaded once;
 * input only ever travels as parameters.
 */
@Component
class GraphReads {

	private static final Map<String, Object> METADATA = Map.of("app", "plangraph-graphql");

	private final GraphTransactions transactions;

	private final Duration timeout;

	private final Map<String, String> statements = new ConcurrentHashMap<>();

	GraphReads(GraphTransactions transactions, ApiProperties properties) {
		this.transactions = transactions;
		this.timeout = properties.queryTimeout();
	}

	List<Record> read(String name, Map<String, Object> parameters) {
		String statement = statement(name);
		return this.transactions.read(this.timeout, METADATA, tx -> tx.run(statement, parameters));
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
