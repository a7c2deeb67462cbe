package org.plangraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark run behind BENCHMARKS.md: {@code ./mvnw -Pbench verify [-Dbench.sizes=100,1000]}. Ingest at each
 * corpus size (plangraph's load, LOAD CSV and neo4j-admin import of the same graph, side by side), start-up of
 * {@code serve} on an empty and on a loaded store, then the headline queries under concurrent clients against
 * plangraph's GraphQL, hand-written Cypher over Bolt and a {@code @neo4j/graphql} server. Writes
 * bench/results/latest.md, latest.csv and the growth plots; scratch data goes to target/bench/.
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "100,1000,5000").split(","))
			.map(String::strip)
			.map(Integer::valueOf)
			.sorted()
			.toList();
		int querySize = Integer.getInteger("bench.query.size", 1000);
		int clients = Integer.getInteger("bench.clients", 16);
		Duration measure = Duration.ofSeconds(Integer.getInteger("bench.query.seconds", 20));
		Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.query.warmup", 5));
		int startups = Integer.getInteger("bench.startups", 1);
		String heap = System.getProperty("bench.heap", "2g");
		Path jar = Path.of(System.getProperty("bench.jar", "target/plangraph.jar"));
		List<String> phases = List.of(System.getProperty("bench.phases", "extract,ingest,serve").split(","));
		Path work = Path.of("target", "bench");
		// a partial run (-Dbench.phases=extract) can write elsewhere and leave the last full run's figures alone
		Path results = Path.of(System.getProperty("bench.results", "bench/results"));
		Files.createDirectories(work);
		Report report = new Report(sizes, querySize, clients, warmup, measure, heap);
		report.setting("bench.sizes", String.join(",", sizes.stream().map(String::valueOf).toList()));
		Map.of("bench.query.size", "1000", "bench.clients", "16", "bench.query.seconds", "20", "bench.query.warmup",
				"5", "bench.startups", "1", "bench.heap", "2g", "bench.phases", "extract,ingest,serve", "bench.parallel", "4")
			.forEach((key, standard) -> {
				String value = System.getProperty(key, standard);
				if (!value.equals(standard)) {
					report.setting(key, value);
				}
			});
		log("machine: " + report.machine());

		if (phases.contains("extract")) {
			extraction(work, report);
		}
		IngestBench ingest = new IngestBench(work, heap);
		if (!phases.contains("ingest") && phases.contains("queries") && Files.isRegularFile(jar)) {
			// Queries alone (-Dbench.phases=queries, best with -Dbench.results=… beside the last full run): on the
			// stores a previous run left, else on stores built by plangraph load alone, without the reference loads.
			for (int n : sizes) {
				log("store N=" + n + " (ingest not measured): " + ingest.storeOnly(n));
			}
			queries(sizes, querySize, ingest, jar, heap, work, new QueryBench(clients, warmup, measure), report,
					results);
			report.write(results);
			log("wrote " + results.resolve("latest.md"));
			return;
		}
		if (!phases.contains("ingest")) {
			report.write(results);
			log("wrote " + results.resolve("latest.md") + " (no ingest phase, so no start-up or queries either)");
			return;
		}
		log("warm-up: ingest of 10 documents (not reported)");
		ingest.run(10);
		Store.delete(ingest.store(10));
		for (int n : sizes) {
			log("ingest N=" + n);
			IngestBench.Result r = ingest.run(n);
			report.ingest(r);
			report.write(results);
			log(String.format("  plangraph %d ms, LOAD CSV %d ms (ratio %.2f), neo4j-admin %d ms; %d elements; problems %s",
					r.plangraph().millis(), r.loadCsv().millis(), r.ratioToLoadCsv(), r.adminImport().millis(),
					r.elements(), r.problems()));
		}

		if (!phases.contains("serve")) {
			report.note("Start-up and queries were not measured in this run (-Dbench.phases=" + String.join(",", phases)
					+ ").");
		}
		else if (!Files.isRegularFile(jar)) {
			report.note("No fat jar at " + jar + ": start-up and queries were not measured (run `./mvnw -Pbench verify`).");
		}
		else {
			Path empty = work.resolve("store-empty");
			Store.delete(empty);
			List<Long> emptyTimes = new ArrayList<>();
			for (int i = 0; i < startups; i++) {
				try (ServeProcess serve = ServeProcess.start(jar, empty, false, heap, work.resolve("serve-empty.log"))) {
					emptyTimes.add(serve.readyMillis());
				}
			}
			log("start-up, empty store: " + emptyTimes + " ms");
			report.startup("empty store (first start creates it)", emptyTimes);
			report.write(results);
			queries(sizes, querySize, ingest, jar, heap, work, new QueryBench(clients, warmup, measure), report,
					results);
		}
		report.write(results);
		log("wrote " + results.resolve("latest.md"));
	}

	/** Extraction MB/s on one thread: the gold fixtures' real plans, then a generated corpus in their style. */
	private static void extraction(Path work, Report report) throws Exception {
		Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.extract.warmup", 20));
		Duration measure = Duration.ofSeconds(Integer.getInteger("bench.extract.seconds", 30));
		ExtractionBench bench = new ExtractionBench(warmup, measure);
		Path generated = work.resolve("extract-corpus");
		Store.delete(generated);
		Files.createDirectories(generated);
		List<Path> corpus = PlanCorpusGenerator.write(generated, Integer.getInteger("bench.extract.size", 200), 42);
		List<Path> real = new ArrayList<>(ExtractionBench.textFiles(Path.of("import/plans")));
		real.addAll(ExtractionBench.textFiles(Path.of("src/test/resources/fixtures/plans")));
		for (var set : List.of(Map.entry("real plans (seeds and gold fixtures)", real),
				Map.entry("generated corpus", corpus))) {
			log("extraction: " + set.getKey() + ", " + set.getValue().size() + " documents");
			ExtractionBench.Result r = bench.run(set.getKey(), set.getValue());
			log(String.format("  parse %.1f MB/s, extract %.1f MB/s, both %.1f MB/s (%.1f MB per CPU second), %.0f docs/s",
					r.parseMBps(), r.extractMBps(), r.totalMBps(), r.cpuMBps(), r.documentsPerSecond()));
			report.extraction(r);
		}
	}

	private static void queries(List<Integer> sizes, int querySize, IngestBench ingest, Path jar, String heap,
			Path work, QueryBench bench, Report report, Path results) throws Exception {
		for (int n : sizes) {
			try (ServeProcess serve = ServeProcess.start(jar, ingest.store(n), false, heap,
					work.resolve("serve-query-" + n + ".log"))) {
				// The start of the server the queries then run against is the start-up figure of a loaded store.
				log("start-up, N=" + n + " store: " + serve.readyMillis() + " ms");
				report.startup("N = " + n + " store", List.of(serve.readyMillis()));
				if (!QueryBench.hasContractQueries(serve.httpPort())) {
					report.note("The GraphQL API does not offer " + QueryBench.QUERIES
							+ " yet: the query benchmark was skipped.");
					return;
				}
				QueryBench.Params params;
				try (var driver = org.neo4j.driver.GraphDatabase.driver("bolt://127.0.0.1:" + serve.boltPort())) {
					params = QueryBench.sample(driver);
					Report.noteNeo4jVersion(driver);
				}
				report.params(n, params);
				// Whichever target runs first would otherwise also pay for the server's JIT warm-up (Bolt, the Cypher
				// runtime and the HTTP path): one unmeasured pass over both first, so that each is measured warm.
				log("queries N=" + n + ": warm-up pass (not reported)");
				QueryBench warm = bench.warmupPass();
				warm.plangraph(serve.httpPort(), params);
				warm.cypher(serve.boltPort(), params);
				Map<String, Map<String, QueryLoad.Stats>> targets = new LinkedHashMap<>();
				log("queries N=" + n + ": plangraph GraphQL");
				targets.put(Report.PLANGRAPH, bench.plangraph(serve.httpPort(), params));
				log("queries N=" + n + ": Cypher over Bolt");
				targets.put(Report.CYPHER, bench.cypher(serve.boltPort(), params));
				if (n == querySize) {
					Object started = NeoGraphqlServer.start(serve.boltPort(), work.resolve("neo4j-graphql.log"));
					if (started instanceof NeoGraphqlServer neo) {
						try (neo) {
							log("queries N=" + n + ": @neo4j/graphql");
							targets.put(Report.NEO4J_GRAPHQL, bench.neo4jGraphql(neo.port(), params));
						}
					}
					else {
						report.note("@neo4j/graphql was not measured: " + started);
					}
				}
				if (n == querySize) {
					serve.close();
					// The same API with its reads sent over the embedded Bolt port, as before they ran in process.
					try (ServeProcess overBolt = ServeProcess.start(jar, ingest.store(n), false, heap,
							work.resolve("serve-query-bolt-" + n + ".log"), List.of("--plangraph.neo4j.in-process=false"))) {
						log("queries N=" + n + ": plangraph GraphQL, reads over Bolt");
						bench.warmupPass().plangraph(overBolt.httpPort(), params);
						targets.put(Report.PLANGRAPH_OVER_BOLT, bench.plangraph(overBolt.httpPort(), params));
					}
				}
				targets.forEach((target, stats) -> stats.forEach((query, s) -> log(String.format(
						"  %-22s %-20s p50 %s ms p99 %s ms %.0f/s errors %d %s", target, query, s.p50(), s.p99(),
						s.perSecond(), s.errors(), s.firstError() == null ? "" : s.firstError()))));
				report.queries(n, targets);
				report.write(results);
			}
		}
	}

	static String javaBinary() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	static void log(String line) {
		System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + line);
		System.out.flush();
	}

}
