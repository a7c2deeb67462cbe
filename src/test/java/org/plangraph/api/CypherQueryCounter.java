package org.plangraph.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.plangraph.graph.GraphTransactions;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Wraps the application's {@link GraphTransactions} so that every Cypher statement run in its transactions, in
 * process or over Bolt, is counted: tests read the count around one GraphQL request.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CypherQueryCounter implements BeanPostProcessor {

	private static final AtomicInteger statements = new AtomicInteger();

	public static void reset() {
		statements.set(0);
	}

	public static int count() {
		return statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof GraphTransactions transactions) {
			return new Counting(transactions);
		}
		return bean;
	}

	private record Counting(GraphTransactions delegate) implements GraphTransactions {

		@Override
		public <T> T read(Duration timeout, Map<String, Object> metadata, Work<T> work) {
			return this.delegate.read(timeout, metadata, tx -> work.execute(counted(tx)));
		}

		@Override
		public <T> T write(Work<T> work) {
			return this.delegate.write(tx -> work.execute(counted(tx)));
		}

		@Override
		public boolean inProcess() {
			return this.delegate.inProcess();
		}

		private static Statements counted(Statements statements) {
			return (cypher, parameters) -> {
				CypherQueryCounter.statements.incrementAndGet();
				return statements.run(cypher, parameters);
			};
		}

	}

}
