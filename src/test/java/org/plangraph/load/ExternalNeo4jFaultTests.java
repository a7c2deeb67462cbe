package org.plangraph.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.plangraph.ChildNeo4j;
import org.plangraph.TestGraph;
import org.plangraph.bench.PlanCorpusGenerator;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * External Neo4j faults, with a real server in a child JVM (no Docker needed; {@code graph/Neo4jContainerTests} does
 * the same with the server image where Docker runs). The real {@code load} command writes a generated corpus over
 * {@code neo4j://} while the server is killed (SIGKILL: a crash, open transactions lost) and restarted on the same
 * store and port:
 * <ul>
 * <li>restarted within the driver's retry time, the load goes on by itself: the driver retries the document in
 * flight, every document ends loaded, the command exits 0, and a re-run finds them all unchanged;</li>
 * <li>kept down longer than the retry time, the document in flight fails with a message naming the file and the cause
 * (no stack trace), every later one fails at once with the same advice instead of waiting out the retry time in turn,
 * the command exits 1, and once the server is back a re-run reports the loaded ones unchanged and loads the rest.</li>
 * </ul>
 * Either way the store ends holding each document exactly once and whole: equal, document by document, label by
 * label, relationship type by relationship type, to a fresh load of the same files, with no two nodes of one label
 * sharing an id.
 */
class ExternalNeo4jFaultTests {

	private static final String PASSWORD = "fault-test-password";

	private static final int RESTARTED = 20;

	private static final int LEFT_DOWN = 10;

	private static final int KILL_AFTER = 5;

	/**
	 * Longer than a child JVM takes to start and recover the store on a busy two-core machine (measured up to 75 s);
	 * the default, 30 s, covers a server restart of ordinary speed.
	 */
	private static final String RESTART_RETRY_TIME = "300s";

	private static final Logger LOADER_LOG = (Logger) LoggerFactory.getLogger(PlanLoader.class);

	/** Quiet in the application (ERROR); the test turns it up to count the retries. */
	private static final Logger RETRY_LOG = (Logger) LoggerFactory
		.getLogger("org.neo4j.driver.internal.retry.ExponentialBackoffRetryLogic");

	@TempDir
	Path work;

	@Test
	@Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aServerCrashMidLoadLosesNothingAndDuplicatesNothing() throws Exception {
		List<Path> corpus = PlanCorpusGenerator.write(this.work.resolve("corpus"), RESTARTED + LEFT_DOWN, 20261207L);
		List<Path> first = corpus.subList(0, RESTARTED);
		List<Path> second = corpus.subList(RESTARTED, corpus.size());
		try (ChildNeo4j server = ChildNeo4j.start(PASSWORD)) {
			String uri = server.uri("neo4j");

			// 1. Killed after KILL_AFTER documents and restarted at once: the driver's retries carry the load over.
			AtomicLong downMillis = new AtomicLong();
			AtomicReference<Throwable> restartFailure = new AtomicReference<>();
			ListAppender<ILoggingEvent> retries = new ListAppender<>();
			Thread[] restarter = new Thread[1];
			long[] lineAt = new long[RESTARTED + 1];
			LoadFaults.Run crashed = LoadFaults.run(line -> {
				if (line < lineAt.length) {
					lineAt[line] = System.nanoTime();
				}
				if (line != KILL_AFTER) {
					return;
				}
				watch(retries);
				// Most of a document's time goes to parsing and extraction, its transaction comes last: waiting most
				// of the last interval makes the kill likely to land inside a transaction (not a timing assertion).
				long wait = (lineAt[KILL_AFTER] - lineAt[KILL_AFTER - 1]) * 7 / 10;
				restarter[0] = Thread.ofPlatform().name("restarter").start(() -> {
					try {
						TimeUnit.NANOSECONDS.sleep(wait);
						long killed = System.nanoTime();
						server.kill();
						server.restart();
						downMillis.set((System.nanoTime() - killed) / 1_000_000);
					}
					catch (Throwable ex) {
						restartFailure.set(ex);
					}
				});
			}, load(uri, first, RESTART_RETRY_TIME));
			restarter[0].join();
			retries.stop();
			assertThat(restartFailure.get()).as("the server restarts on its store and port").isNull();
			assertThat(crashed.lines()).as(crashed.err()).hasSize(RESTARTED);
			assertClear(crashed);
			List<String> log = messages(retries);
			System.out.printf("[faults] server killed once %d documents were reported, down %d ms (kill to Bolt answering "
					+ "again, %d start attempts); load: %d new, %d unchanged, %d failed, exit %d, %d ms; "
					+ "driver retries: %d; loader: %s%n", KILL_AFTER, downMillis.get(), server.starts() - 1,
					crashed.count("new"), crashed.count("unchanged"), crashed.count("failed"), crashed.exit(),
					crashed.millis(), driverRetries(retries), log.stream()
						.filter(m -> !m.startsWith("Transaction failed"))
						.toList());
			assertThat(crashed.exit()).as(crashed.err()).isZero();
			assertThat(crashed.count("new") + crashed.count("unchanged")).isEqualTo(RESTARTED);
			assertThat(driverRetries(retries)).as("the driver retried the document in flight").isPositive();
			LoadFaults.Run rerun = LoadFaults.run(load(uri, first, null));
			assertThat(rerun.exit()).as(rerun.err()).isZero();
			assertThat(rerun.count("unchanged")).isEqualTo(RESTARTED);

			// 2. Killed and left down past the retry time: the load ends soon, clearly, and a re-run completes it.
			AtomicLong killedAt = new AtomicLong();
			LoadFaults.Run abandoned = LoadFaults.run(KILL_AFTER, () -> {
				try {
					killedAt.set(System.nanoTime());
					server.kill();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}, load(uri, second, "3s"));
			long afterKill = (System.nanoTime() - killedAt.get()) / 1_000_000;
			System.out.printf("[faults] server left down: load ended %d ms after the kill (retry time 3 s): "
					+ "%d new, %d failed, exit %d%n%s", afterKill, abandoned.count("new"), abandoned.count("failed"),
					abandoned.exit(), String.join("\n", abandoned.lines().subList(KILL_AFTER, KILL_AFTER + 2)) + "\n");
			assertThat(abandoned.exit()).isEqualTo(1);
			assertThat(abandoned.lines()).hasSize(LEFT_DOWN);
			assertClear(abandoned);
			assertThat(abandoned.count("new")).isEqualTo(KILL_AFTER);
			assertThat(abandoned.count("failed")).isEqualTo(LEFT_DOWN - KILL_AFTER);
			assertThat(abandoned.lines().get(KILL_AFTER)).as("the document in flight names the cause")
				.startsWith("failed    " + second.get(KILL_AFTER).getFileName())
				.contains("graph unavailable: ");
			assertThat(abandoned.lines().subList(KILL_AFTER + 1, LEFT_DOWN))
				.as("the rest fail at once, naming the document that found the graph gone")
				.allMatch(l -> l.contains("graph unavailable (since " + second.get(KILL_AFTER).getFileName()));
			assertThat(abandoned.err()).contains(LEFT_DOWN - KILL_AFTER + " failed")
				.contains("Run the same load again");
			assertThat(afterKill).as("bounded: one retry time, not one per remaining document (a hang guard)")
				.isLessThan(TimeUnit.MINUTES.toMillis(2));

			server.restart();
			LoadFaults.Run completes = LoadFaults.run(load(uri, second, null));
			assertThat(completes.exit()).as(completes.err()).isZero();
			assertThat(completes.count("unchanged")).isEqualTo(KILL_AFTER);
			assertThat(completes.count("new")).isEqualTo(LEFT_DOWN - KILL_AFTER);

			try (Driver driver = GraphDatabase.driver(server.uri("bolt"), AuthTokens.basic("neo4j", PASSWORD));
					TestGraph fresh = TestGraph.start()) {
				assertThat(LoadFaults.duplicates(driver)).as("nodes sharing a label and an id, or without an id")
					.isEmpty();
				fresh.loader().load(corpus, o -> {
				});
				Map<String, Long> survived = GraphSignature.of(driver);
				assertThat(GraphSignature.documents(survived)).hasSize(corpus.size());
				assertThat(survived).as("every document whole and once: as a fresh load of the same files")
					.isEqualTo(GraphSignature.of(fresh.driver()));
			}
		}
	}

	private static String[] load(String uri, List<Path> files, String retryTime) {
		List<String> args = new ArrayList<>(List.of("load", "--NEO4J_URI=" + uri, "--NEO4J_USERNAME=neo4j",
				"--NEO4J_PASSWORD=" + PASSWORD));
		if (retryTime != null) {
			args.add("--plangraph.neo4j.retry-time=" + retryTime);
		}
		files.forEach(f -> args.add(f.toString()));
		return args.toArray(String[]::new);
	}

	/** Each line a status word; a failure names the file, the cause and what to do, and nothing prints a trace. */
	private static void assertClear(LoadFaults.Run run) {
		assertThat(run.lines()).allSatisfy(line -> {
			assertThat(line).matches("(new|unchanged|failed) +gen-\\d{5}\\.txt  .+");
			if (line.startsWith("failed")) {
				assertThat(line).contains("graph unavailable").endsWith("; not loaded, re-run load");
			}
		});
		assertThat(Stream.concat(run.lines().stream(), Stream.of(run.err())))
			.noneMatch(l -> l.contains("\tat ") || l.contains("Exception"));
	}

	/** Collects the loader's own log lines (retried and failed writes) and the driver's retries from now on. */
	private static void watch(ListAppender<ILoggingEvent> appender) {
		appender.start();
		LOADER_LOG.addAppender(appender);
		RETRY_LOG.setLevel(Level.WARN);
		RETRY_LOG.setAdditive(false);
		RETRY_LOG.addAppender(appender);
	}

	private static List<String> messages(ListAppender<ILoggingEvent> appender) {
		LOADER_LOG.detachAppender(appender);
		RETRY_LOG.detachAppender(appender);
		return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
	}

	private static long driverRetries(ListAppender<ILoggingEvent> appender) {
		return messages(appender).stream().filter(m -> m.startsWith("Transaction failed and will be retried")).count();
	}

}
