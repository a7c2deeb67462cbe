package org.plangraph.graph;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.kernel.DeadlockDetectedException;
import org.plangraph.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded graph's in-process transactions answer what the same statements answer over Bolt, and fail the same
 * way: same records, same driver exception and status code.
 */
class GraphTransactionsTests {

	private static TestGraph graph;

	private static GraphTransactions inProcess;

	private static GraphTransactions overBolt;

	@BeforeAll
	static void start() {
		graph = TestGraph.start();
		inProcess = graph.transactions();
		overBolt = GraphTransactions.overBolt(graph.driver(), graph.target());
		overBolt.write(tx -> tx.run("""
				CREATE (:Document {id: 'd1', title: '青川市规划', issuedOn: date('2024-03-01'), period: [2021, 2025],
				                   aliases: ['规划', 'plan'], score: 0.5, draft: false})
				""", Map.of()));
	}

	@AfterAll
	static void stop() {
		graph.close();
	}

	@Test
	void readsAnswerTheSameRecordsBothWays() {
		String cypher = """
				MATCH (d:Document {id: $id})
				RETURN d {.*, labels: labels(d)} AS node, [d.title, null, 3] AS list, $missing AS nothing,
				       {nested: [{n: 1}, {n: 2}]} AS nested
				""";
		Map<String, Object> parameters = new java.util.HashMap<>(Map.of("id", "d1"));
		parameters.put("missing", null);
		List<Record> viaBolt = overBolt.read(Duration.ofSeconds(5), Map.of(), tx -> tx.run(cypher, parameters));
		List<Record> local = inProcess.read(Duration.ofSeconds(5), Map.of("app", "test"), tx -> tx.run(cypher, parameters));

		assertThat(local).hasSize(1);
		assertThat(local.get(0).keys()).isEqualTo(viaBolt.get(0).keys());
		assertThat(local.get(0).asMap()).isEqualTo(viaBolt.get(0).asMap());
		Map<String, Object> node = local.get(0).get("node").asMap();
		assertThat(node).containsEntry("issuedOn", LocalDate.of(2024, 3, 1))
			.containsEntry("aliases", List.of("规划", "plan"))
			.containsEntry("period", List.of(2021L, 2025L));
		assertThat(local.get(0).get("nothing").isNull()).isTrue();
	}

	@Test
	void aFailedStatementIsTheDriverExceptionWithNeo4jsCode() {
		String bad = "MATCH (d:Document) RETURN d.id AS id ORDER BY nosuchvariable";
		Neo4jException viaBolt = catchNeo4j(() -> overBolt.read(Duration.ofSeconds(5), Map.of(),
				tx -> tx.run(bad, Map.of())));
		Neo4jException local = catchNeo4j(() -> inProcess.read(Duration.ofSeconds(5), Map.of(),
				tx -> tx.run(bad, Map.of())));
		assertThat(local).isInstanceOf(ClientException.class);
		assertThat(local.code()).isEqualTo(viaBolt.code()).startsWith("Neo.ClientError.Statement.");
	}

	@Test
	void aReadPastItsTimeoutFailsWithTheTimeoutCode() {
		String slow = "UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 100 RETURN count(*) AS n";
		Neo4jException local = catchNeo4j(() -> inProcess.read(Duration.ofMillis(200), Map.of(),
				tx -> tx.run(slow, Map.of())));
		assertThat(local.code()).contains("TransactionTimedOut");
	}

	@Test
	void aFailedWriteLeavesNothingAndTheRestOfItsTransactionIsUndone() {
		assertThatThrownBy(() -> inProcess.write(tx -> {
			tx.run("CREATE (:Document {id: 'd2'})", Map.of());
			return tx.run("CREATE (:Document {id: 'd1'})", Map.of());
		})).isInstanceOf(ClientException.class)
			.satisfies(ex -> assertThat(((ClientException) ex).code()).contains("ConstraintValidationFailed"));
		assertThat(graph.count("MATCH (d:Document) WHERE d.id IN ['d1', 'd2'] RETURN count(d)")).isEqualTo(1);
	}

	@Test
	void aTransientFailureIsRetriedWithTheWorkOfTheFailedAttemptUndone() {
		AtomicInteger attempts = new AtomicInteger();
		long written = inProcess.write(tx -> {
			tx.run("CREATE (:Document {id: 'retried'})", Map.of());
			if (attempts.incrementAndGet() == 1) {
				throw DeadlockDetectedException.deadlockDetected("as between two loads");
			}
			return tx.single("MATCH (d:Document {id: 'retried'}) RETURN count(d) AS n", Map.of()).get("n").asLong();
		});
		assertThat(attempts).hasValue(2);
		assertThat(written).isEqualTo(1);
		assertThat(graph.count("MATCH (d:Document {id: 'retried'}) RETURN count(d)")).isEqualTo(1);
	}

	@Test
	void aFailureThatStaysTransientPastTheRetryTimeIsTheDriversTransientException() {
		GraphTransactions briefly = GraphTransactions.inProcess(graph.neo4j().managementService(), "neo4j",
				Duration.ofMillis(100));
		AtomicInteger attempts = new AtomicInteger();
		assertThatThrownBy(() -> briefly.write(tx -> {
			attempts.incrementAndGet();
			throw DeadlockDetectedException.deadlockDetected("always");
		})).isInstanceOf(TransientException.class)
			.satisfies(ex -> assertThat(((TransientException) ex).code()).contains("DeadlockDetected"));
		assertThat(attempts.get()).isBetween(2, 10);
	}

	@Test
	void aNodeIsRefusedWithAdviceRatherThanAnsweredInAnotherShape() {
		assertThatThrownBy(() -> inProcess.read(Duration.ofSeconds(5), Map.of(),
				tx -> tx.run("MATCH (d:Document {id: 'd1'}) RETURN d", Map.of())))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("map projection");
	}

	private static Neo4jException catchNeo4j(Runnable run) {
		try {
			run.run();
		}
		catch (Neo4jException ex) {
			return ex;
		}
		throw new AssertionError("expected a Neo4jException");
	}

}
