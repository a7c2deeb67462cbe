package org.plangraph.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Session;
import org.plangraph.Seeds;
import org.plangraph.TestGraph;
import org.plangraph.document.PlanParser;
import org.plangraph.document.RejectedFileException;
import org.plangraph.load.HostileFiles.DeepNesting;
import org.plangraph.load.HostileFiles.HostileFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile plan files against the real loader and a real embedded Neo4j: truncated, shuffled, huge lines, control and
 * zero-width characters, mixed encodings, 10,000 levels of nesting, random bytes, a 100 MB file. Whatever the input,
 * no exception escapes the loader, every file is either loaded or rejected with a reason that names it (and the line,
 * where the reason is about a place in the file), and the graph then holds exactly the accepted documents: node for
 * node, relationship for relationship what a fresh store holds after loading only those files.
 */
class HostileFilesTests {

	/** A guard against a hang (a runaway regular expression), not a speed target: the machine may be slow. */
	private static final Duration HANG = Duration.ofMinutes(10);

	private static final Pattern LINE = Pattern.compile("line (\\d+)");

	private static final Pattern NUL = Pattern.compile("NUL byte at offset (\\d+) \\(line (\\d+)\\)");

	private static TestGraph graph;

	private static TestGraph fresh;

	@BeforeContainer
	static void startGraphs() {
		// Two stores in one test JVM: keep each page cache small.
		Map<org.neo4j.graphdb.config.Setting<?>, Object> small = Map.of(GraphDatabaseSettings.pagecache_memory,
				64L * 1024 * 1024);
		graph = TestGraph.start(small);
		fresh = TestGraph.start(small);
	}

	@AfterContainer
	static void stopGraphs() {
		if (graph != null) {
			graph.close();
		}
		if (fresh != null) {
			fresh.close();
		}
	}

	@Property(tries = 30)
	void everyHostileFileIsLoadedOrRejectedAndTheGraphHoldsExactlyTheAcceptedOnes(
			@ForAll("corpora") List<HostileFile> corpus) throws IOException {
		Path dir = Files.createTempDirectory("plangraph-hostile-");
		try {
			List<Path> files = new ArrayList<>();
			for (int i = 0; i < corpus.size(); i++) {
				Path file = dir.resolve(String.format("hostile-%02d.txt", i));
				Files.write(file, corpus.get(i).bytes());
				files.add(file);
			}
			checkLoad(files);
		}
		finally {
			TestGraph.deleteRecursively(dir);
		}
	}

	@Provide
	Arbitrary<List<HostileFile>> corpora() {
		return HostileFiles.files().list().ofMinSize(1).ofMaxSize(3);
	}

	@Example
	void linesOfAMillionCharactersInEveryStyle() throws IOException {
		Path dir = Files.createTempDirectory("plangraph-hostile-");
		try {
			String text = Files.readString(Seeds.path(Seeds.DEPUTY_REPLY));
			int perMille = 0;
			for (HostileFiles.HugeLine.Style style : HostileFiles.HugeLine.Style.values()) {
				text = new HostileFiles.HugeLine(perMille += 150, 1_000_000, style).text(text);
			}
			Path file = dir.resolve("huge-lines.txt");
			Files.writeString(file, text);
			assertThat(checkLoad(List.of(file))).singleElement()
				.satisfies(o -> assertThat(o.status()).as(o.line()).isEqualTo(LoadStatus.NEW));
		}
		finally {
			TestGraph.deleteRecursively(dir);
		}
	}

	@Example
	void tenThousandLevelsOfNestingInEveryShape() throws IOException {
		Path dir = Files.createTempDirectory("plangraph-hostile-");
		try {
			List<Path> files = new ArrayList<>();
			String plan = Files.readString(Seeds.path(Seeds.INNOVATION_ZONE_SCHEME));
			int n = 0;
			for (DeepNesting.Kind kind : DeepNesting.Kind.values()) {
				Path file = dir.resolve("nesting-" + n++ + "-" + kind + ".txt");
				Files.writeString(file, new DeepNesting(kind, 10_000, 500).text(plan));
				files.add(file);
			}
			// 2,400 levels: the deepest dotted heading short enough to be read as a heading at all.
			Path dotted = dir.resolve("nesting-" + n + "-dotted-2400.txt");
			Files.writeString(dotted, new DeepNesting(DeepNesting.Kind.DOTTED_HEADING, 2_400, 500).text(plan));
			files.add(dotted);
			List<LoadOutcome> outcomes = checkLoad(files);
			assertThat(outcomes).as("deep nesting is unusual, not invalid").allSatisfy(
					o -> assertThat(o.status()).as(o.line()).isEqualTo(LoadStatus.NEW));
		}
		finally {
			TestGraph.deleteRecursively(dir);
		}
	}

	@Example
	void aHundredMegabyteFileIsRejectedByNameWithoutTouchingTheGraph() throws IOException {
		Path dir = Files.createTempDirectory("plangraph-hostile-");
		try {
			graph.loader().reset();
			assertThat(graph.loader().load(Seeds.path(Seeds.DEPUTY_REPLY)).status()).isEqualTo(LoadStatus.NEW);
			TestGraph.GraphCounts before = graph.counts();
			Path huge = dir.resolve("huge-plan.txt");
			String plan = Files.readString(Seeds.path(Seeds.INDUSTRY_PLAN));
			long limit = 100L * 1024 * 1024;
			try (BufferedWriter out = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
				long written = 0;
				int copy = 0;
				while (written < limit) {
					String chunk = plan.replace("规划", "规划" + copy++);
					out.write(chunk);
					written += chunk.getBytes(StandardCharsets.UTF_8).length;
				}
			}
			assertThat(Files.size(huge)).isGreaterThanOrEqualTo(limit);

			LoadOutcome outcome = assertTimeoutPreemptively(HANG, () -> graph.loader().load(huge));
			assertThat(outcome.status()).isEqualTo(LoadStatus.REJECTED);
			assertThat(outcome.line()).startsWith("rejected  huge-plan.txt")
				.contains("too large")
				.contains(String.valueOf(Files.size(huge)))
				.contains("plangraph.load.max-file-bytes");
			assertThat(graph.counts()).isEqualTo(before);
		}
		finally {
			TestGraph.deleteRecursively(dir);
		}
	}

	/** Loads the files into a reset store, checks every outcome, and compares the graph with a fresh store. */
	private static List<LoadOutcome> checkLoad(List<Path> files) throws IOException {
		PlanLoader loader = graph.loader();
		loader.reset();
		List<LoadOutcome> outcomes = assertTimeoutPreemptively(HANG, () -> loader.load(files, o -> {
		}));
		assertThat(outcomes).hasSameSizeAs(files);
		List<Path> accepted = new ArrayList<>();
		Set<String> acceptedIds = new HashSet<>();
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			LoadOutcome outcome = outcomes.get(i);
			String name = file.getFileName().toString();
			assertThat(outcome.file()).isEqualTo(name);
			assertThat(outcome.line()).contains(name);
			if (outcome.status() == LoadStatus.REJECTED) {
				checkReason(outcome, Files.readAllBytes(file));
			}
			else {
				assertThat(outcome.documentId()).isEqualTo(PlanParser.documentId(name));
				if (outcome.status() == LoadStatus.NEW || outcome.status() == LoadStatus.REPLACED) {
					accepted.add(file);
					acceptedIds.add(outcome.documentId());
				}
				else {
					assertThat(outcome.detail()).as("only a twin of an earlier file is unchanged in a reset store")
						.contains("same text as");
				}
			}
		}

		assertThat(strings(graph, "MATCH (d:Document) RETURN d.id")).containsExactlyInAnyOrderElementsOf(acceptedIds);
		assertThat(graph.count("MATCH (n) WHERE n.doc IS NOT NULL AND NOT n.doc IN $ids RETURN count(n)",
				Map.of("ids", List.copyOf(acceptedIds)))).isZero();
		PlanParser parser = new PlanParser();
		for (Path file : accepted) {
			String id = PlanParser.documentId(file.getFileName().toString());
			try {
				assertThat(graph.count("MATCH (s:Section {doc: $id})-[:PART_OF]->(:Section|Document) RETURN count(s)",
						Map.of("id", id)))
					.as("sections of %s", file.getFileName())
					.isEqualTo(parser.parse(file).sections().size());
			}
			catch (RejectedFileException ex) {
				throw new AssertionError("accepted by the loader, rejected by the parser: " + ex.getMessage(), ex);
			}
		}

		PlanLoader freshLoader = fresh.loader();
		freshLoader.reset();
		List<LoadOutcome> reloaded = freshLoader.load(accepted, o -> {
		});
		assertThat(reloaded).allSatisfy(o -> assertThat(o.status()).as(o.line()).isEqualTo(LoadStatus.NEW));
		assertThat(snapshot(graph)).isEqualTo(snapshot(fresh));
		return outcomes;
	}

	/** A rejection says why, and where in the file when the reason is about a place in it. */
	private static void checkReason(LoadOutcome outcome, byte[] bytes) {
		String reason = outcome.detail();
		assertThat(reason).isNotBlank();
		assertThat(reason).as("the input passed the reader, so extraction and writing must not fail")
			.doesNotStartWith("extraction failed")
			.doesNotStartWith("could not be written")
			.doesNotStartWith("could not be parsed");
		boolean positional = reason.contains("control character") || reason.contains("NUL byte")
				|| reason.contains("UTF-8") || reason.startsWith("not valid") || reason.startsWith("truncated");
		if (positional) {
			Matcher line = LINE.matcher(reason);
			assertThat(line.find()).as("a line number in: %s", reason).isTrue();
			assertThat(Integer.parseInt(line.group(1))).as(reason).isBetween(1, lineCount(bytes));
		}
		Matcher nul = NUL.matcher(reason);
		if (nul.find()) {
			int offset = Integer.parseInt(nul.group(1));
			assertThat(bytes[offset]).as(reason).isZero();
			assertThat(Integer.parseInt(nul.group(2))).as(reason).isEqualTo(lineOf(bytes, offset));
		}
	}

	/** Lines as a reader counts them: LF, CR LF and a lone CR each end one. */
	private static int lineOf(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
				line++;
			}
		}
		return line;
	}

	private static int lineCount(byte[] bytes) {
		return lineOf(bytes, bytes.length);
	}

	/** Every node by labels and id, and every relationship by type and ends, with multiplicities. */
	private static Map<String, Long> snapshot(TestGraph g) {
		Map<String, Long> all = new TreeMap<>();
		try (Session session = g.driver().session()) {
			session.run("MATCH (n) WHERE NOT n:__Migration RETURN labels(n) AS labels, n.id AS id")
				.forEachRemaining(r -> all.merge(r.get("labels").asList(org.neo4j.driver.Value::asString).stream().sorted().toList() + " "
						+ r.get("id").asString("?"), 1L, Long::sum));
			session.run("""
					MATCH (a)-[r]->(b)
					RETURN type(r) + ' ' + a.id + ' -> ' + b.id AS key, count(*) AS n
					""").forEachRemaining(r -> all.merge(r.get("key").asString(), r.get("n").asLong(), Long::sum));
		}
		return all;
	}

	private static List<String> strings(TestGraph g, String cypher) {
		try (Session session = g.driver().session()) {
			return session.run(cypher).list(r -> r.get(0).asString());
		}
	}

}
