package org.plangraph.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link GraphTransactions} on the embedded database itself. Rows become driver records (see {@link InProcessValues})
 * and Neo4j's errors driver exceptions with the same status code (see {@link InProcessErrors}), so callers handle
 * both ways alike. Transient failures (a deadlock between concurrent loads) are retried with back-off, as the driver
 * does.
 */
final class InProcessTransactions implements GraphTransactions {

	private static final Logger log = LoggerFactory.getLogger(InProcessTransactions.class);

	private final GraphDatabaseService database;

	private final long retryNanos;

	InProcessTransactions(GraphDatabaseService database, Duration retryTime) {
		this.database = database;
		this.retryNanos = retryTime.toNanos();
	}

	@Override
	public <T> T read(Duration timeout, Map<String, Object> metadata, Work<T> work) {
		return retrying(() -> {
			try (Transaction tx = this.database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				if (tx instanceof InternalTransaction internal && !metadata.isEmpty()) {
					internal.setMetaData(metadata);
				}
				T answer = work.execute(statements(tx));
				tx.commit();
				return answer;
			}
		});
	}

	@Override
	public <T> T write(Work<T> work) {
		return retrying(() -> {
			try (Transaction tx = this.database.beginTx()) {
				T answer = work.execute(statements(tx));
				tx.commit();
				return answer;
			}
		});
	}

	@Override
	public boolean inProcess() {
		return true;
	}

	private static Statements statements(Transaction tx) {
		return (cypher, parameters) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> params = (Map<String, Object>) parameters;
			try (Result result = tx.execute(cypher, params)) {
				List<String> keys = result.columns();
				List<Record> records = new ArrayList<>();
				while (result.hasNext()) {
					Map<String, Object> row = result.next();
					List<Value> values = new ArrayList<>(keys.size());
					for (String key : keys) {
						values.add(InProcessValues.value(row.get(key)));
					}
					records.add(new InternalRecord(keys, values));
				}
				return records;
			}
		};
	}

	private <T> T retrying(Supplier<T> attempt) {
		long deadline = System.nanoTime() + this.retryNanos;
		long backoffMillis = 20;
		for (int attempts = 1;; attempts++) {
			try {
				return attempt.get();
			}
			catch (RuntimeException ex) {
				RuntimeException translated = InProcessErrors.translate(ex);
				if (!InProcessErrors.isTransient(ex) || System.nanoTime() + backoffMillis * 1_000_000 > deadline) {
					throw translated;
				}
				log.debug("Transient failure on attempt {}, retrying in {} ms: {}", attempts, backoffMillis,
						translated.getMessage());
				sleep(backoffMillis);
				backoffMillis = Math.min(backoffMillis * 2, 2_000);
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to retry a transaction", ex);
		}
	}

}
