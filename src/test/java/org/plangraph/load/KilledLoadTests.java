package org.plangraph.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.plangraph.ChildCli;
import org.plangraph.TestGraph;
import org.plangraph.bench.PlanCorpusGenerator;
import org.plangraph.document.PlanParser;
import org.plangraph.graph.EmbeddedNeo4j;
import org.plangraph.graph.GraphProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Atomicity under SIGKILL: the real {@code load} command runs in a child JVM over a generated corpus and is killed
 * mid-load, with no chance to close the store. The store then opens (Neo4j recovers from its transaction log), holds
 * only whole documents (each exactly as a fresh load of the same file writes it, and nothing of any other document),
 * and running {@code load} again completes the corpus: the documents already there are unchanged, the rest new.
 */
class KilledLoadTests {

	private static final int CORPUS = 48;

	private static final int KILL_AFTER = 8;

	@TempDir
	Path work;

	@Test
	@Timeout(value = 40, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aKilledLoadLeavesOnlyWholeDocumentsAndARerunCompletesIt() throws Exception {
		Path corpus = this.work.resolve("corpus");
		List<Path> files = PlanCorpusGenerator.write(corpus, CORPUS, 20261207);
		Path data = this.work.resolve("data");

		int loadedBeforeKill;
		try (ChildCli child = ChildCli.start("load", "--data", data.toString(), "--plangraph.bolt.port=0",
				corpus.toString())) {
			long previous = 0;
			long interval = 0;
			for (int i = 0; i < KILL_AFTER; i++) {
				assertThat(child.awaitLine(l -> l.startsWith("new "))).as(child.stderr()).isNotNull();
				long now = System.nanoTime();
				interval = previous == 0 ? 0 : now - previous;
				previous = now;
			}
			// Most of a document's time goes to parsing and extraction; its transaction runs last. Waiting most of
			// the last interval makes the kill likely to land inside a transaction (not a timing assertion).
			TimeUnit.NANOSECONDS.sleep(interval * 7 / 10);
			child.kill();
			assertThat(child.process().exitValue()).as("killed, not finished").isEqualTo(137);
			loadedBeforeKill = child.lines().size();
		}

		Map<String, Long> afterKill = signatures(data);
		Set<String> documents = documents(afterKill);
		assertThat(documents).as("every document reported loaded before the kill survives it")
			.hasSizeGreaterThanOrEqualTo(loadedBeforeKill)
			.hasSizeLessThan(CORPUS);

		try (TestGraph fresh = TestGraph.start()) {
			List<Path> survivors = files.stream()
				.filter(f -> documents.contains(PlanParser.documentId(f.getFileName().toString())))
				.toList();
			fresh.loader().load(survivors, o -> {
			});
			assertThat(afterKill).as("each document in the killed store is whole: as a fresh load writes it")
				.isEqualTo(GraphSignature.of(fresh.driver()));

			try (ChildCli rerun = ChildCli.start("load", "--data", data.toString(), "--plangraph.bolt.port=0",
					corpus.toString())) {
				assertThat(rerun.finish(30, TimeUnit.MINUTES)).as(rerun.stderr()).isZero();
				assertThat(rerun.lines()).hasSize(CORPUS);
				assertThat(rerun.lines().stream().filter(l -> l.startsWith("unchanged ")).count())
					.isEqualTo(documents.size());
				assertThat(rerun.lines().stream().filter(l -> l.startsWith("new ")).count())
					.isEqualTo(CORPUS - documents.size());
			}
			fresh.loader().load(files, o -> {
			});
			Map<String, Long> completed = signatures(data);
			assertThat(documents(completed)).hasSize(CORPUS);
			assertThat(completed).as("the completed store equals a fresh load of the whole corpus")
				.isEqualTo(GraphSignature.of(fresh.driver()));
		}
	}

	/** Opens the store the child left behind, as a restarted application would, and reads its signatures. */
	private static Map<String, Long> signatures(Path data) {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, new GraphProperties.Bolt("127.0.0.1", 0),
				new GraphProperties.Auth("neo4j", null));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			return GraphSignature.of(driver);
		}
	}

	private static Set<String> documents(Map<String, Long> signature) {
		return GraphSignature.documents(signature);
	}

}
