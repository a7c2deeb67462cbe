package org.plangraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Session;
import org.plangraph.document.PlanDocument;
import org.plangraph.document.PlanParser;
import org.plangraph.document.RejectedFileException;
import org.plangraph.extract.DefaultPlanExtractor;
import org.plangraph.extract.PlanExtractor;
import org.plangraph.graph.CypherScript;
import org.plangraph.graph.GraphExporter;
import org.plangraph.load.LoadOutcome;
import org.plangraph.load.LoadStatus;
import org.plangraph.load.PlanLoader;

/**
 * Ingest at one corpus size, side by side in one JVM: plangraph's {@code load} path (parse, extract, one transaction
 * per document) into a fresh store; the same graph exported as CSV and read back by {@code cypher/load-csv.cypher}
 * (LOAD CSV, 1,000 rows per transaction) into a fresh store with the same schema; and the same CSV through
 * {@code neo4j-admin database import full} into a new database (its own JVM, as the tool runs). The element counts of
 * the three stores must agree.
 */
final class IngestBench {

	private static final Pattern ADMIN_DONE = Pattern.compile("IMPORT DONE in (?:(\\d+)m )?(\\d+)s (\\d+)ms");

	private final Path work;

	private final String heap;

	IngestBench(Path work, String heap) {
		this.work = work;
		this.heap = heap;
	}

	/** One measured step: wall time, heap marks and, for the store-building steps, what the store holds. */
	record Phase(long millis, HeapWatch.Heap heap, Map<String, Long> census) {

		double perSecond(double amount) {
			return amount * 1000.0 / Math.max(1, this.millis);
		}

	}

	/**
	 * @param adminToolMillis the import as neo4j-admin reports it ("IMPORT DONE in …"), without its JVM start
	 */
	record Result(int n, int files, long bytes, Phase extract, Phase plangraph, PerDocument perDocument,
			Map<String, Phase> variants, Phase export, Phase loadCsv, Phase adminImport, long adminToolMillis,
			long storeBytes, List<String> problems) {

		long elements() {
			return this.plangraph.census().get("nodes") + this.plangraph.census().get("relationships");
		}

		double ratioToLoadCsv() {
			return (double) this.plangraph.millis() / Math.max(1, this.loadCsv.millis());
		}

	}

	/** Extraction plus transaction per document, as the loader reports it: the first, the median and the slowest. */
	record PerDocument(long first, double p50, double p99, long max) {

		static PerDocument of(List<LoadOutcome> outcomes) {
			long[] millis = outcomes.stream().mapToLong(LoadOutcome::millis).toArray();
			long first = millis.length == 0 ? 0 : millis[0];
			java.util.Arrays.sort(millis);
			long[] nanos = java.util.Arrays.stream(millis).map(m -> m * 1_000_000).toArray();
			return new PerDocument(first, QueryLoad.percentile(nanos, 0.5), QueryLoad.percentile(nanos, 0.99),
					millis.length == 0 ? 0 : millis[millis.length - 1]);
		}

	}

	Path corpus(int n) throws IOException {
		Path dir = this.work.resolve("corpus-" + n);
		Store.delete(dir);
		PlanCorpusGenerator.write(dir, n, 42);
		return dir;
	}

	Path store(int n) {
		return this.work.resolve("store-" + n);
	}

	/**
	 * The N store for the query phase when ingest is not measured: the one a previous run left under target/bench/,
	 * else a plangraph load of the corpus (the same corpus and code path as the measured ingest, without the
	 * reference loads).
	 */
	Path storeOnly(int n) throws Exception {
		if (Files.isDirectory(store(n))) {
			return store(n);
		}
		List<Path> files = PlanLoader.planFiles(List.of(corpus(n)));
		try (Store store = Store.fresh(store(n), Map.of())) {
			store.loader(1, false).load(files, o -> {
			});
		}
		return store(n);
	}

	Result run(int n) throws Exception {
		List<String> problems = new ArrayList<>();
		Path corpus = corpus(n);
		List<Path> files = PlanLoader.planFiles(List.of(corpus));
		long bytes = 0;
		for (Path f : files) {
			bytes += Files.size(f);
		}

		Phase extract = extractOnly(files);

		Path csv = this.work.resolve("csv-" + n);
		Store.delete(csv);
		Phase plangraph;
		PerDocument perDocument;
		Phase export;
		try (Store store = Store.fresh(store(n), Map.of())) {
			PlanLoader loader = store.loader(1, false);
			HeapWatch.reset();
			long started = System.nanoTime();
			List<LoadOutcome> outcomes = loader.load(files, o -> {
			});
			long millis = elapsed(started);
			HeapWatch.Heap heap = HeapWatch.read();
			outcomes.stream()
				.filter(o -> o.status() != LoadStatus.NEW)
				.forEach(o -> problems.add("load: " + o.line()));
			plangraph = new Phase(millis, heap, store.census());
			perDocument = PerDocument.of(outcomes);
			Report.noteNeo4jVersion(store.driver());

			HeapWatch.reset();
			started = System.nanoTime();
			new GraphExporter(store.driver(), Store.TARGET).export(csv);
			export = new Phase(elapsed(started), HeapWatch.read(), null);
		}
		long storeBytes = Store.size(store(n));
		// Variants of plangraph's load on the same corpus: several writers, and one writer whose transactions go
		// over the embedded Bolt port as a client's would (how load ran before it ran in process).
		Map<String, Phase> variants = new java.util.LinkedHashMap<>();
		if (Boolean.parseBoolean(System.getProperty("bench.overBolt", "true"))) {
			variants.put("1 writer, over Bolt", writersLoad(n, files, 1, true));
		}
		for (String t : System.getProperty("bench.parallel", "").split(",")) {
			if (!t.isBlank()) {
				variants.put(t.strip() + " writers", writersLoad(n, files, Integer.parseInt(t.strip()), false));
			}
		}
		variants.forEach((variant, p) -> {
			if (!p.census().equals(plangraph.census())) {
				problems.add(variant + ": store differs: " + p.census() + " vs " + plangraph.census());
			}
		});

		Phase loadCsv = loadCsv(n, csv);
		if (!loadCsv.census().equals(plangraph.census())) {
			problems.add("LOAD CSV store differs: " + loadCsv.census() + " vs " + plangraph.census());
		}
		long[] adminMillis = new long[1];
		Phase admin = adminImport(n, csv, adminMillis, problems);
		if (admin.census() != null && !admin.census().equals(plangraph.census())) {
			problems.add("neo4j-admin store differs: " + admin.census() + " vs " + plangraph.census());
		}
		Store.delete(csv);
		return new Result(n, files.size(), bytes, extract, plangraph, perDocument, variants, export, loadCsv, admin,
				adminMillis[0],
				storeBytes, problems);
	}

	/**
	 * plangraph's load with several writers ({@code plangraph.load.writers}: documents overlap, one transaction each),
	 * or with its transactions over Bolt instead of in process.
	 */
	private Phase writersLoad(int n, List<Path> files, int writers, boolean overBolt) throws Exception {
		Path dir = this.work.resolve("writers-" + n);
		try (Store store = Store.fresh(dir, Map.of())) {
			PlanLoader loader = store.loader(writers, overBolt);
			HeapWatch.reset();
			long started = System.nanoTime();
			List<LoadOutcome> outcomes = loader.load(files, o -> {
			});
			long millis = elapsed(started);
			HeapWatch.Heap heap = HeapWatch.read();
			Map<String, Long> census = new java.util.TreeMap<>(store.census());
			long notNew = outcomes.stream().filter(o -> o.status() != LoadStatus.NEW).count();
			if (notNew > 0) {
				census.put("notNew", notNew);
			}
			return new Phase(millis, heap, census);
		}
		finally {
			Store.delete(dir);
		}
	}

	/** Parsing and extraction alone, no Neo4j: how much of the load is plangraph's own Java. */
	private Phase extractOnly(List<Path> files) throws RejectedFileException {
		PlanParser parser = new PlanParser();
		PlanExtractor extractor = new DefaultPlanExtractor();
		HeapWatch.reset();
		long started = System.nanoTime();
		long facts = 0;
		for (Path file : files) {
			PlanDocument doc = parser.parse(file);
			var e = extractor.extract(doc);
			facts += doc.sections().size() + e.goals().size() + e.targets().size() + e.tasks().size()
					+ e.relations().size();
		}
		long millis = elapsed(started);
		return new Phase(millis, HeapWatch.read(), Map.of("facts", facts));
	}

	private Phase loadCsv(int n, Path csv) throws IOException {
		Path dir = this.work.resolve("loadcsv-" + n);
		String script = Files.readString(Path.of("cypher/load-csv.cypher"));
		try (Store store = Store.fresh(dir, Map.of(GraphDatabaseSettings.load_csv_file_url_root, csv.toAbsolutePath()))) {
			HeapWatch.reset();
			long started = System.nanoTime();
			try (Session session = store.driver().session()) {
				for (String statement : CypherScript.statements(script)) {
					session.run(statement).consume();
				}
				// plangraph's load returns only when full-text search sees every document; so must this.
				session.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume();
			}
			long millis = elapsed(started);
			return new Phase(millis, HeapWatch.read(), store.census());
		}
		finally {
			Store.delete(dir);
		}
	}

	private Phase adminImport(int n, Path csv, long[] toolMillis, List<String> problems)
			throws IOException, InterruptedException {
		Path home = this.work.resolve("admin-" + n);
		Store.delete(home);
		Files.createDirectories(home);
		List<String> command = new ArrayList<>(List.of(Bench.javaBinary(), "-Xmx" + this.heap,
				"--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
				"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
				"--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
				"org.neo4j.cli.AdminTool", "database", "import", "full"));
		try (var list = Files.list(csv)) {
			list.sorted().forEach(f -> {
				String name = f.getFileName().toString();
				command.add((name.startsWith("nodes-") ? "--nodes=" : "--relationships=") + f.toAbsolutePath());
			});
		}
		// After the file lists, so that the database name is not read as one more relationship file.
		command.add("--multiline-fields=true");
		command.add("neo4j");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("NEO4J_HOME", home.toAbsolutePath().toString());
		long started = System.nanoTime();
		Process process = builder.start();
		String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		long millis = elapsed(started);
		Matcher done = ADMIN_DONE.matcher(log);
		if (exit != 0 || !done.find()) {
			problems.add("neo4j-admin import failed (exit " + exit + "): " + tail(log));
			Store.delete(home);
			return new Phase(millis, null, null);
		}
		toolMillis[0] = (done.group(1) == null ? 0 : Long.parseLong(done.group(1)) * 60_000)
				+ Long.parseLong(done.group(2)) * 1000 + Long.parseLong(done.group(3));
		try (Store store = Store.existing(home)) {
			return new Phase(millis, null, store.census());
		}
		finally {
			Store.delete(home);
		}
	}

	private static String tail(String log) {
		return log.length() <= 2000 ? log : log.substring(log.length() - 2000);
	}

	static long elapsed(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
