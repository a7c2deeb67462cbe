package org.plangraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

/** {@code plangraph serve}: the graph, GraphQL and Neo4j Browser, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Start the graph (embedded unless NEO4J_URI is set), load import/plans/ if the graph is empty, "
				+ "and serve GraphQL and Neo4j Browser over HTTP until stopped (Ctrl-C or SIGTERM).",
				"Spring properties pass through, e.g. --server.port=8080 --plangraph.bolt.port=7687." })
class ServeCommand implements Callable<Integer> {

	@Mixin
	GraphOptions graph;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() throws InterruptedException {
		ConfigurableApplicationContext context = SpringContexts.web(this.graph.properties(this.springArguments));
		CountDownLatch closed = new CountDownLatch(1);
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent) {
				closed.countDown();
			}
		});
		if (!context.isActive()) {
			return 1;
		}
		closed.await();
		return 0;
	}

}
