package org.plangraph.load;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Session;
import org.plangraph.Seeds;
import org.plangraph.TestGraph;
import org.plangraph.bench.PlanCorpusGenerator;
import org.plangraph.document.PlanParser;
import org.plangraph.extract.DefaultPlanExtractor;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading plans into a real embedded Neo4j: counts, idempotency, replacement, rejection. */
class PlanLoaderTests {

	private static TestGraph graph;

	private static PlanLoader loader;

	@TempDir
	Path dir;

	@BeforeAll
	static void startGraph() {
		graph = TestGraph.start();
		loader = graph.loader();
	}

	@AfterAll
	static void stopGraph() {
		graph.close();
	}

	@BeforeEach
	void emptyGraph() {
		loader.reset();
	}

	@Test
	void loadsTheSeedsWithEverySectionInItsOutline() throws Exception {
		List<LoadOutcome> outcomes = loader.load(PlanLoader.planFiles(List.of(Seeds.DIR)), o -> {
		});
		assertThat(outcomes).extracting(LoadOutcome::status).containsOnly(LoadStatus.NEW).hasSize(5);
		assertThat(graph.count("MATCH (d:Document) RETURN count(d)")).isEqualTo(5);
		long sections = 0;
		PlanParser parser = new PlanParser();
		for (String seed : Seeds.ALL) {
			sections += parser.parse(Seeds.path(seed)).sections().size();
		}
		assertThat(graph.count("MATCH (s:Section) RETURN count(s)")).isEqualTo(sections);
		assertThat(graph.count("MATCH (s:Section)-[:PART_OF]->(:Section|Document) RETURN count(s)")).isEqualTo(sections);
		assertThat(graph.count("""
				MATCH (s:Section {code: '五.(一).1.(4)'})-[:PART_OF]->(:Section {code: '五.(一).1'})
				      -[:PART_OF]->(:Section {code: '五.(一)'})-[:PART_OF]->(:Section {code: '五'})
				      -[:PART_OF]->(:Document {sourceFile: $file})
				RETURN count(s)""", Map.of("file", Seeds.INDUSTRY_PLAN))).isEqualTo(1);
		assertThat(graph.count("""
				MATCH (:Document {docNumber: '沪科合〔2025〕7号'})-[r:ISSUED_BY]->(a:Agency:Entity)
				WHERE r.doc IS NOT NULL AND r.quote CONTAINS a.name
				RETURN count(a)""")).isEqualTo(2);
	}

	@Test
	void loadingTheSameFilesAgainChangesNothing() throws Exception {
		List<Path> seeds = PlanLoader.planFiles(List.of(Seeds.DIR));
		loader.load(seeds, o -> {
		});
		TestGraph.GraphCounts first = graph.counts();
		Set<String> ids = ids();
		List<LoadOutcome> again = loader.load(seeds, o -> {
		});
		assertThat(again).extracting(LoadOutcome::status).containsOnly(LoadStatus.UNCHANGED);
		assertThat(graph.counts()).isEqualTo(first);
		assertThat(ids()).isEqualTo(ids);
	}

	@Test
	void idsAreDeterministicAcrossFreshLoads() throws Exception {
		List<Path> seeds = PlanLoader.planFiles(List.of(Seeds.DIR));
		loader.load(seeds, o -> {
		});
		Set<String> first = ids();
		loader.reset();
		loader.load(seeds, o -> {
		});
		assertThat(ids()).isEqualTo(first).isNotEmpty();
	}

	@Test
	void aChangedFileReplacesOnlyItsOwnSubgraph() throws Exception {
		for (String seed : Seeds.ALL) {
			Files.copy(Seeds.path(seed), this.dir.resolve(seed));
		}
		loader.load(PlanLoader.planFiles(List.of(this.dir)), o -> {
		});
		Map<String, Long> before = sectionsPerDocument();
		Path changed = this.dir.resolve(Seeds.INNOVATION_ZONE_SCHEME);
		String text = Files.readString(changed);
		Files.writeString(changed, text.replace("一、主要目标", "一、主要目标\n（一）新增的小节\n补充说明。"));

		List<LoadOutcome> outcomes = loader.load(PlanLoader.planFiles(List.of(this.dir)), o -> {
		});
		assertThat(outcomes).filteredOn(o -> o.status() == LoadStatus.REPLACED)
			.singleElement()
			.extracting(LoadOutcome::file)
			.isEqualTo(Seeds.INNOVATION_ZONE_SCHEME);
		assertThat(outcomes).filteredOn(o -> o.status() == LoadStatus.UNCHANGED).hasSize(4);
		Map<String, Long> after = sectionsPerDocument();
		String changedId = PlanParser.documentId(Seeds.INNOVATION_ZONE_SCHEME);
		assertThat(after.get(changedId)).isEqualTo(before.get(changedId) + 1);
		before.remove(changedId);
		after.remove(changedId);
		assertThat(after).isEqualTo(before);
		assertThat(graph.count("MATCH (d:Document {id: $id}) RETURN count(d)", Map.of("id", changedId))).isEqualTo(1);
		assertThat(graph.count("MATCH (s:Section {code: '一.(一)', doc: $id}) RETURN count(s)", Map.of("id", changedId)))
			.isEqualTo(1);
	}

	@Test
	void rejectedFilesAreReportedAndLeaveTheGraphAlone(@TempDir Path bad) throws Exception {
		loader.load(PlanLoader.planFiles(List.of(Seeds.DIR)), o -> {
		});
		TestGraph.GraphCounts loaded = graph.counts();
		Files.write(bad.resolve("empty.txt"), new byte[0]);
		Files.write(bad.resolve("binary.txt"), new byte[] { 'a', 0, 1, 2, 3 });
		Files.writeString(bad.resolve("blank.txt"), "\n \n");
		List<LoadOutcome> outcomes = loader.load(PlanLoader.planFiles(List.of(bad)), o -> {
		});
		assertThat(outcomes).extracting(LoadOutcome::status).containsOnly(LoadStatus.REJECTED);
		assertThat(outcomes).extracting(LoadOutcome::line)
			.anySatisfy(line -> assertThat(line).startsWith("rejected  empty.txt").contains("empty file"))
			.anySatisfy(line -> assertThat(line).startsWith("rejected  binary.txt").contains("NUL byte"))
			.anySatisfy(line -> assertThat(line).startsWith("rejected  blank.txt").contains("white space"));
		assertThat(graph.counts()).isEqualTo(loaded);
	}

	@Test
	void gbkFileLoadsLikeItsUtf8Original() throws Exception {
		String text = Files.readString(Seeds.path(Seeds.DEPUTY_REPLY), StandardCharsets.UTF_8);
		Path gbk = this.dir.resolve("reply-gbk.txt");
		Files.write(gbk, text.getBytes(Charset.forName("GBK")));
		LoadOutcome outcome = loader.load(gbk);
		assertThat(outcome.status()).isEqualTo(LoadStatus.NEW);
		assertThat(graph.count("MATCH (d:Document {id: 'doc:reply-gbk', charset: 'GB18030'}) RETURN count(d)"))
			.isEqualTo(1);
		assertThat(graph.count("""
				MATCH (d:Document {id: 'doc:reply-gbk'})
				WHERE d.title = '对区第十七届人大第三次会议第C-064号代表建议、批评和意见的答复'
				RETURN count(d)""")).isEqualTo(1);
	}

	@Test
	void theSameTextUnderAnotherNameIsNotLoadedTwice() throws Exception {
		loader.load(Seeds.path(Seeds.DEPUTY_REPLY));
		Path copy = this.dir.resolve("copy-of-reply.txt");
		Files.copy(Seeds.path(Seeds.DEPUTY_REPLY), copy);
		LoadOutcome outcome = loader.load(copy);
		assertThat(outcome.status()).isEqualTo(LoadStatus.UNCHANGED);
		assertThat(outcome.detail()).contains("same text as " + Seeds.DEPUTY_REPLY);
		assertThat(graph.count("MATCH (d:Document) RETURN count(d)")).isEqualTo(1);
	}

	@Test
	void deletingADocumentRemovesItsSubgraphAndActorsNoOtherDocumentNames() throws Exception {
		loader.load(Seeds.path(Seeds.INNOVATION_ZONE_SCHEME));
		loader.load(Seeds.path(Seeds.DEPUTY_REPLY));
		String scheme = PlanParser.documentId(Seeds.INNOVATION_ZONE_SCHEME);
		assertThat(loader.delete(scheme)).isTrue();
		assertThat(loader.delete(scheme)).isFalse();
		assertThat(graph.count("MATCH (n {doc: $id}) RETURN count(n)", Map.of("id", scheme))).isZero();
		assertThat(graph.count("MATCH ()-[r {doc: $id}]->() RETURN count(r)", Map.of("id", scheme))).isZero();
		assertThat(graph.count("MATCH (e:Entity) WHERE NOT (e)--() RETURN count(e)")).isZero();
		assertThat(graph.count("MATCH (d:Document) RETURN count(d)")).isEqualTo(1);
	}

	@Test
	void aGrowingStoreDoesNotReplanTheWritesOfEachDocument() throws Exception {
		// Neo4j replans a cached query once the statistics it was planned with drift, which they do with every
		// document while a store fills up; here it would replan at every chance.
		try (TestGraph fresh = TestGraph.start(Map.of(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ZERO,
				GraphDatabaseSettings.query_statistics_divergence_threshold, 0.0))) {
			Path debugLog = fresh.neo4j().dataDir().resolve("logs").resolve("debug.log");
			long before = Files.size(debugLog);
			List<LoadOutcome> outcomes = fresh.loader().load(PlanLoader.planFiles(List.of(Seeds.DIR)), o -> {
			});
			assertThat(outcomes).extracting(LoadOutcome::status).containsOnly(LoadStatus.NEW).hasSize(5);
			// the size is in bytes and the log may hold multi-byte (Chinese) text: cut the bytes, then decode
			byte[] log = Files.readAllBytes(debugLog);
			String logged = new String(log, (int) Math.min(before, log.length), (int) Math.max(0, log.length - before),
					java.nio.charset.StandardCharsets.UTF_8);
			assertThat(logged).doesNotContain("Discarded stale query");
		}
	}

	@Test
	void concurrentWritersReportInFileOrderAndLeaveTheGraphAsOneByOne() throws Exception {
		for (String seed : Seeds.ALL) {
			Files.copy(Seeds.path(seed), this.dir.resolve(seed));
		}
		PlanCorpusGenerator.write(this.dir, 12, 7);
		// The same text under a second name, sorted right before the first: in flight together unless held back.
		Files.copy(this.dir.resolve("gen-00003.txt"), this.dir.resolve("gen-00003-copy.txt"));
		List<Path> files = PlanLoader.planFiles(List.of(this.dir));
		Path changed = this.dir.resolve(Seeds.INNOVATION_ZONE_SCHEME);
		String original = Files.readString(changed);
		String edited = original.replace("一、主要目标", "一、主要目标\n（一）新增的小节\n补充说明。");

		List<String> oneByOne = lines(loader.load(files, o -> {
		}));
		TestGraph.GraphCounts loaded = graph.counts();
		Set<String> loadedIds = ids();
		Files.writeString(changed, edited);
		List<String> oneByOneAgain = lines(loader.load(files, o -> {
		}));
		TestGraph.GraphCounts replaced = graph.counts();

		loader.reset();
		Files.writeString(changed, original);
		PlanLoader concurrent = new PlanLoader(graph.driver(), graph.target(), graph.transactions(),
				new PlanParser(), new DefaultPlanExtractor(), 4);
		List<String> reported = new java.util.ArrayList<>();
		List<String> outcomes = lines(concurrent.load(files, o -> reported.add(o.file())));
		assertThat(outcomes).isEqualTo(oneByOne).contains("new gen-00003-copy.txt", "unchanged gen-00003.txt");
		assertThat(reported).isEqualTo(files.stream().map(f -> f.getFileName().toString()).toList());
		assertThat(graph.counts()).isEqualTo(loaded);
		assertThat(ids()).isEqualTo(loadedIds);
		Files.writeString(changed, edited);
		assertThat(lines(concurrent.load(files, o -> {
		}))).isEqualTo(oneByOneAgain).contains("replaced " + Seeds.INNOVATION_ZONE_SCHEME);
		assertThat(graph.counts()).isEqualTo(replaced);
	}

	/** Status and file of each outcome, in order. */
	private static List<String> lines(List<LoadOutcome> outcomes) {
		return outcomes.stream().map(o -> o.status().word() + " " + o.file()).toList();
	}

	private static Set<String> ids() {
		try (Session session = graph.driver().session()) {
			return session.run("MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id")
				.list(r -> r.get("id").asString())
				.stream()
				.collect(Collectors.toSet());
		}
	}

	private static Map<String, Long> sectionsPerDocument() {
		try (Session session = graph.driver().session()) {
			return session.run("MATCH (s:Section) RETURN s.doc AS doc, count(s) AS n")
				.list()
				.stream()
				.collect(Collectors.toMap(r -> r.get("doc").asString(), r -> r.get("n").asLong()));
		}
	}

}
