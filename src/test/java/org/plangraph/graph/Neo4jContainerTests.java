package org.plangraph.graph;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.plangraph.PlangraphApplication;
import org.plangraph.Seeds;
import org.plangraph.bench.PlanCorpusGenerator;
import org.plangraph.load.LoadFaults;
import org.plangraph.load.PlanLoader;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * External mode against the official Neo4j server image. Skipped where no Docker engine runs (as on the machines this
 * project is built on): JUnit reports the class skipped, the container is never created. {@link ExternalNeo4jTests}
 * and {@code load/ExternalNeo4jFaultTests} cover the same paths with a server in a child JVM.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerTests {

	private static final String IMAGE = "neo4j:2025.12.1";

	private static final String PASSWORD = "container-password";

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer(IMAGE).withAdminPassword(PASSWORD);

	@TempDir
	Path work;

	@Test
	void loadsTheSeedsIntoTheServerImage() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PlangraphApplication.class)
			.web(WebApplicationType.NONE)
			.run("--NEO4J_URI=" + neo4j.getBoltUrl(), "--NEO4J_USERNAME=neo4j", "--NEO4J_PASSWORD=" + PASSWORD,
					"--plangraph.initial-load.enabled=false")) {
			assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
			context.getBean(PlanLoader.class).load(PlanLoader.planFiles(List.of(Seeds.DIR)), o -> {
			});
		}
		try (Driver driver = GraphDatabase.driver(neo4j.getBoltUrl(), AuthTokens.basic("neo4j", PASSWORD));
				Session session = driver.session()) {
			assertThat(session.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong()).isEqualTo(5);
		}
	}

	/**
	 * The server container is killed (docker kill: SIGKILL) mid-load and started again, on its own store and, through
	 * fixed host ports, at the same address: the driver retries the document in flight, the load ends with every
	 * document loaded (or clearly failed, and then a re-run completes it), and each is in the graph once.
	 */
	@Test
	@Timeout(value = 15, unit = TimeUnit.MINUTES)
	void aServerRestartMidLoadIsRetriedAndDuplicatesNothing() throws Exception {
		int documents = 16;
		List<Path> corpus = PlanCorpusGenerator.write(this.work.resolve("corpus"), documents, 20261207L);
		int bolt = freePort();
		int http = freePort();
		try (Neo4jContainer server = new Neo4jContainer(IMAGE).withAdminPassword(PASSWORD)
			.withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
				.withPortBindings(new PortBinding(Ports.Binding.bindPort(bolt), ExposedPort.tcp(7687)),
						new PortBinding(Ports.Binding.bindPort(http), ExposedPort.tcp(7474))))) {
			server.start();
			String uri = "neo4j://127.0.0.1:" + bolt;
			Throwable[] restartFailure = new Throwable[1];
			Thread[] restarter = new Thread[1];
			LoadFaults.Run crashed = LoadFaults.run(4, () -> restarter[0] = Thread.ofPlatform().start(() -> {
				try {
					var docker = DockerClientFactory.instance().client();
					docker.killContainerCmd(server.getContainerId()).exec();
					docker.startContainerCmd(server.getContainerId()).exec();
				}
				catch (Throwable ex) {
					restartFailure[0] = ex;
				}
			}), load(uri, corpus));
			restarter[0].join();
			assertThat(restartFailure[0]).isNull();
			assertThat(crashed.lines()).as(crashed.err()).hasSize(documents);
			assertThat(crashed.lines()).allSatisfy(line -> {
				assertThat(line).matches("(new|unchanged|failed) +gen-\\d{5}\\.txt  .+");
				if (line.startsWith("failed")) {
					assertThat(line).contains("graph unavailable").endsWith("; not loaded, re-run load");
				}
			});
			LoadFaults.Run rerun = LoadFaults.run(load(uri, corpus));
			assertThat(rerun.exit()).as(rerun.err()).isZero();
			assertThat(rerun.count("unchanged") + rerun.count("new")).isEqualTo(documents);
			try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", PASSWORD));
					Session session = driver.session()) {
				assertThat(session.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong())
					.isEqualTo(documents);
				assertThat(LoadFaults.duplicates(driver)).isEmpty();
			}
		}
	}

	private static String[] load(String uri, List<Path> files) {
		List<String> args = new ArrayList<>(List.of("load", "--NEO4J_URI=" + uri, "--NEO4J_USERNAME=neo4j",
				"--NEO4J_PASSWORD=" + PASSWORD, "--plangraph.neo4j.retry-time=120s"));
		files.forEach(f -> args.add(f.toString()));
		return args.toArray(String[]::new);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
