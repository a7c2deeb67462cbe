package org.plangraph.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.plangraph.TemporaryDataDirectory;
import org.plangraph.bench.PlanCorpusGenerator;
import org.plangraph.document.PlanParser;
import org.plangraph.graph.EmbeddedNeo4j;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Sixteen readers, half over Bolt with the Neo4j driver and half over {@code POST /graphql}, query the documents
 * while a load replaces them (version A, then B, then A again). Every Bolt read finds each document, with a title and
 * whole counts of sections, top-level sections, tasks and targets, each of one version or the other (never a count
 * in between); every GraphQL read answers 200 with data, finds the document with one version's title, and counts
 * its tasks and targets whole, of one version or the other (never 0 or a part), each target with its id; the run
 * ends (no deadlock). The graph after A, B, A equals the graph after the first
 * A: a replacement leaves nothing behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "plangraph.bolt.port=0", "plangraph.initial-load.enabled=false",
				// A shared two-core machine can be slow; a timed-out read would be a false alarm here.
				"plangraph.graphql.query-timeout=300s" })
@ContextConfiguration(initializers = TemporaryDataDirectory.class)
class ConcurrentReadersTests {

	private static final int DOCUMENTS = 4;

	private static final int READERS = 16;

	/** A deadlock guard, not a speed target: generous for a loaded shared machine. */
	private static final Duration BOUND = Duration.ofMinutes(10);

	private static final String READ = """
			MATCH (d:Document {id: $id})
			RETURN d.title AS title,
			       COUNT { MATCH (s:Section {doc: $id}) } AS sections,
			       COUNT { MATCH (s:Section)-[:PART_OF]->(d) } AS top,
			       COUNT { MATCH (t:Task {doc: $id}) } AS tasks,
			       COUNT { MATCH (m:Target {doc: $id}) } AS targets
			""";

	private static final String GRAPHQL = """
			query($id: ID!) {
			  document(id: $id) { title }
			  tasks(document: $id, first: 0) { totalCount }
			  targets(document: $id) { id }
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedNeo4j neo4j;

	@Autowired
	PlanLoader loader;

	@TempDir
	Path work;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readersSeeEveryDocumentWholeWhileALoadReplacesIt() throws Exception {
		Path dir = this.work.resolve("plans");
		Files.createDirectories(dir);
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < DOCUMENTS; i++) {
			files.add(dir.resolve(String.format("plan-%d.txt", i)));
		}
		try (Driver driver = GraphDatabase.driver(this.neo4j.boltUri(), AuthTokens.none(),
				Config.builder().withMaxConnectionPoolSize(READERS + 4).build())) {
			this.loader.reset();
			List<String> ids = write(files, 101);
			assertThat(this.loader.load(files, o -> {
			})).extracting(LoadOutcome::status).containsOnly(LoadStatus.NEW);
			Map<String, Version> seenA = read(driver, ids);
			Map<String, Long> graphAfterA = GraphSignature.of(driver);
			write(files, 202);
			assertThat(this.loader.load(files, o -> {
			})).extracting(LoadOutcome::status).containsOnly(LoadStatus.REPLACED);
			Map<String, Version> seenB = read(driver, ids);
			assertThat(seenA).isNotEqualTo(seenB);

			// Counts the API's repeated reads (see api/ReadCheck): how often a read ran across a commit.
			ch.qos.logback.classic.Logger readCheck = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
				.getLogger("org.plangraph.api.ReadCheck");
			ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> repeated = new ch.qos.logback.core.read.ListAppender<>();
			repeated.start();
			readCheck.setLevel(ch.qos.logback.classic.Level.DEBUG);
			readCheck.addAppender(repeated);
			AtomicBoolean writing = new AtomicBoolean(true);
			Queue<String> problems = new ConcurrentLinkedQueue<>();
			AtomicLong reads = new AtomicLong();
			ExecutorService pool = Executors.newFixedThreadPool(READERS);
			try {
				List<Future<?>> readers = new ArrayList<>();
				for (int r = 0; r < READERS; r++) {
					boolean bolt = r % 2 == 0;
					long seed = r;
					readers.add(pool.submit(() -> readUntilDone(bolt, driver, seed, seenA, seenB, writing, problems,
							reads)));
				}
				List<LoadOutcome> replacements = assertTimeoutPreemptively(BOUND, () -> {
					try {
						write(files, 101);
						List<LoadOutcome> toA = this.loader.load(files, o -> {
						});
						write(files, 202);
						List<LoadOutcome> toB = this.loader.load(files, o -> {
						});
						write(files, 101);
						List<LoadOutcome> backToA = this.loader.load(files, o -> {
						});
						List<LoadOutcome> all = new ArrayList<>(toA);
						all.addAll(toB);
						all.addAll(backToA);
						return all;
					}
					finally {
						writing.set(false);
					}
				});
				assertTimeoutPreemptively(BOUND, () -> {
					for (Future<?> reader : readers) {
						reader.get();
					}
				});
				assertThat(replacements).extracting(LoadOutcome::status).containsOnly(LoadStatus.REPLACED);
			}
			finally {
				pool.shutdownNow();
				pool.awaitTermination(1, TimeUnit.MINUTES);
			}
			readCheck.detachAppender(repeated);
			System.out.printf("[concurrent] %d reads while loading; the API read again %d times (reads across a "
					+ "commit)%n", reads.get(), repeated.list.size());
			assertThat(problems).as("reads that saw a document half-loaded, missing, or failed").isEmpty();
			assertThat(reads.get()).as("reads done while the load ran").isGreaterThanOrEqualTo(READERS);
			assertThat(perDocument(GraphSignature.of(driver))).as("A, B, A again: each document is as after the first A")
				.isEqualTo(perDocument(graphAfterA));
		}
	}

	/**
	 * The documents' own nodes and relationships, and orphans; not the actors that no relationship links (replacing
	 * one document drops those, whichever document named them: a known limitation).
	 */
	private static Map<String, Long> perDocument(Map<String, Long> signature) {
		Map<String, Long> own = new java.util.TreeMap<>(signature);
		own.keySet().removeIf(k -> k.startsWith("<all ") || k.startsWith("<entities without links>"));
		return own;
	}

	private void readUntilDone(boolean bolt, Driver driver, long seed, Map<String, Version> a,
			Map<String, Version> b, AtomicBoolean writing, Queue<String> problems, AtomicLong reads) {
		Random random = new Random(seed);
		List<String> ids = new ArrayList<>(a.keySet());
		HttpClient http = HttpClient.newHttpClient();
		// At least one round even if the load finishes first; then until it does.
		boolean first = true;
		while (first || writing.get()) {
			first = false;
			String id = ids.get(random.nextInt(ids.size()));
			try {
				if (bolt) {
					Version seen = readOne(driver, id);
					if (seen == null || !seen.eachPartMatches(a.get(id), b.get(id))) {
						problems.add("Bolt read of " + id + " saw " + seen + ", expected " + a.get(id) + " or "
								+ b.get(id));
					}
				}
				else {
					checkGraphql(http, id, a.get(id), b.get(id), problems);
				}
				reads.incrementAndGet();
			}
			catch (Exception ex) {
				problems.add((bolt ? "Bolt" : "GraphQL") + " read of " + id + " failed: " + ex);
			}
		}
	}

	private void checkGraphql(HttpClient http, String id, Version a, Version b, Queue<String> problems)
			throws Exception {
		String body = this.json.writeValueAsString(Map.of("query", GRAPHQL, "variables", Map.of("id", id)));
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
					.header("Content-Type", "application/json")
					.timeout(BOUND)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		JsonNode tree = this.json.readTree(response.body());
		if (response.statusCode() != 200 || response.body().contains("Exception") || !tree.has("data")) {
			problems.add("GraphQL read of " + id + ": HTTP " + response.statusCode() + " " + response.body());
			return;
		}
		JsonNode data = tree.get("data");
		JsonNode document = data.get("document");
		String title = document == null || document.isNull() ? null : document.get("title").asText();
		long tasks = data.path("tasks").path("totalCount").asLong(-1);
		long targets = data.path("targets").isArray() ? data.get("targets").size() : -1;
		if (title == null || !(title.equals(a.title()) || title.equals(b.title()))) {
			problems.add("GraphQL read of " + id + " saw title " + title);
		}
		if (tasks != a.tasks() && tasks != b.tasks() || targets != a.targets() && targets != b.targets()) {
			problems.add("GraphQL read of " + id + " saw " + tasks + " tasks and " + targets + " targets, expected "
					+ a.tasks() + "/" + a.targets() + " or " + b.tasks() + "/" + b.targets());
		}
		for (JsonNode target : data.path("targets")) {
			if (target.path("id").isNull() || target.path("id").isMissingNode()) {
				problems.add("GraphQL read of " + id + " saw a target without an id: " + target);
			}
		}
	}

	/** What one document looks like to a reader, in one read transaction. */
	record Version(String title, long sections, long top, long tasks, long targets) {

		/**
		 * Each part is whole, of one version or the other. Parts may come from different versions: Neo4j reads are
		 * read committed, so one query can run across a commit (its first count before, its second after).
		 */
		boolean eachPartMatches(Version a, Version b) {
			return this.title != null && (this.title.equals(a.title) || this.title.equals(b.title))
					&& (this.sections == a.sections || this.sections == b.sections)
					&& (this.top == a.top || this.top == b.top) && (this.tasks == a.tasks || this.tasks == b.tasks)
					&& (this.targets == a.targets || this.targets == b.targets);
		}

	}

	private static Version readOne(Driver driver, String id) {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> {
				var result = tx.run(READ, Map.of("id", id)).list();
				if (result.isEmpty()) {
					return null;
				}
				var r = result.get(0);
				return new Version(r.get("title").asString(null), r.get("sections").asLong(), r.get("top").asLong(),
						r.get("tasks").asLong(), r.get("targets").asLong());
			});
		}
	}

	private static Map<String, Version> read(Driver driver, Iterable<String> ids) {
		Map<String, Version> versions = new HashMap<>();
		for (String id : ids) {
			versions.put(id, readOne(driver, id));
		}
		return versions;
	}

	/** Writes generated plans of the given seed under the files' names; returns their document ids. */
	private static List<String> write(List<Path> files, long seed) throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			Files.writeString(files.get(i), PlanCorpusGenerator.document(seed, i));
			ids.add(PlanParser.documentId(files.get(i).getFileName().toString()));
		}
		return ids;
	}

}
