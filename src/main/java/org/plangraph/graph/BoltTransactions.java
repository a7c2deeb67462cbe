package org.plangraph.graph;

import java.time.Duration;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;

/** {@link GraphTransactions} through the driver: managed transactions, retried by the driver. */
final class BoltTransactions implements GraphTransactions {

	private final Driver driver;

	private final GraphTarget target;

	BoltTransactions(Driver driver, GraphTarget target) {
		this.driver = driver;
		this.target = target;
	}

	@Override
	public <T> T read(Duration timeout, Map<String, Object> metadata, Work<T> work) {
		TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).withMetadata(metadata).build();
		try (Session session = this.driver.session(this.target.session())) {
			return session.executeRead(tx -> work.execute(statements(tx)), config);
		}
	}

	@Override
	public <T> T write(Work<T> work) {
		try (Session session = this.driver.session(this.target.session())) {
			return session.executeWrite(tx -> work.execute(statements(tx)));
		}
	}

	@Override
	public boolean inProcess() {
		return false;
	}

	@SuppressWarnings("unchecked")
	private static Statements statements(TransactionContext tx) {
		return (cypher, parameters) -> tx.run(cypher, (Map<String, Object>) parameters).list();
	}

}
