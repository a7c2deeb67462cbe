package org.plangraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Units of work against the application's graph, each in one transaction. With the embedded graph the statements run
 * in this process, on the database itself; with an external Neo4j they go over Bolt. Either way statements take
 * parameters and answer driver {@link Record}s, so callers do not know which: the in-process way only saves the Bolt
 * round trip (encoding, a loopback socket and decoding on both sides), which for a small read costs more than the
 * read.
 */
public interface GraphTransactions {

	/**
	 * A read-only transaction bounded by {@code timeout}; a failure that Neo4j classes transient (the server went
	 * away, a deadlock) is retried within the configured retry time.
	 * @param metadata shown by {@code SHOW TRANSACTIONS}
	 */
	<T> T read(Duration timeout, Map<String, Object> metadata, Work<T> work);

	/**
	 * A write transaction, retried as a whole on transient failures within the configured retry time: {@code work}
	 * may run more than once and must not have effects outside the transaction it is given.
	 */
	<T> T write(Work<T> work);

	/** Whether statements run in this process ({@code true}) or over Bolt. */
	boolean inProcess();

	/** The statements of one transaction. */
	@FunctionalInterface
	interface Statements {

		/** Runs one statement to its end and answers every row. */
		List<Record> run(String cypher, Map<String, ?> parameters);

		/** The only row of a statement that answers exactly one. */
		default Record single(String cypher, Map<String, ?> parameters) {
			List<Record> records = run(cypher, parameters);
			if (records.size() != 1) {
				throw new IllegalStateException("Expected one row, got " + records.size());
			}
			return records.get(0);
		}

	}

	/** What one transaction does; answers what the caller gets back. */
	@FunctionalInterface
	interface Work<T> {

		T execute(Statements statements);

	}

	/** Over Bolt, through the driver and its retries. */
	static GraphTransactions overBolt(Driver driver, GraphTarget target) {
		return new BoltTransactions(driver, target);
	}

	/** In this process, on {@code database} of {@code dbms}; transient failures retried for {@code retryTime}. */
	static GraphTransactions inProcess(DatabaseManagementService dbms, String database, Duration retryTime) {
		return new InProcessTransactions(dbms.database(database), retryTime);
	}

}
