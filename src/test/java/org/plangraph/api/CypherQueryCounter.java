package org.plangraph.api;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Wraps the application's {@link Driver} so that every Cypher statement sent through it ({@code run} on a session,
 * transaction or transaction function) is counted: tests read the count around one GraphQL request.
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
		if (bean instanceof Driver driver) {
			return proxy(Driver.class, driver);
		}
		return bean;
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target) {
		InvocationHandler handler = (p, method, args) -> {
			if (method.getName().equals("run") && target instanceof SimpleQueryRunner) {
				statements.incrementAndGet();
			}
			if (args != null && args.length > 0) {
				if (args[0] instanceof TransactionCallback<?> callback) {
					args[0] = (TransactionCallback<Object>) tx -> callback
						.execute(proxy(TransactionContext.class, tx));
				}
				else if (args[0] instanceof Consumer<?> consumer && method.getName().startsWith("execute")) {
					Consumer<TransactionContext> c = (Consumer<TransactionContext>) consumer;
					args[0] = (Consumer<TransactionContext>) tx -> c.accept(proxy(TransactionContext.class, tx));
				}
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof Session session && method.getReturnType() == Session.class) {
				return proxy(Session.class, session);
			}
			if (result instanceof org.neo4j.driver.Transaction tx
					&& method.getReturnType() == org.neo4j.driver.Transaction.class) {
				return proxy(org.neo4j.driver.Transaction.class, tx);
			}
			return result;
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

}
