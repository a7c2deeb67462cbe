package org.plangraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The figures of one run, as Markdown tables (bench/results/latest.md), one CSV row per figure (latest.csv) and two
 * PNG plots of growth with N. Only repository-relative paths appear in what it writes.
 */
final class Report {

	static final String PLANGRAPH = "plangraph GraphQL";

	/** The same API on the same store with {@code plangraph.neo4j.in-process=false}: its reads go over Bolt. */
	static final String PLANGRAPH_OVER_BOLT = "plangraph GraphQL, reads over Bolt";

	static final String CYPHER = "Cypher over Bolt";

	static final String NEO4J_GRAPHQL = "@neo4j/graphql";

	static volatile String neo4jVersion = "?";

	/** Notes the version of the Neo4j a driver reaches, for the report's header. */
	static void noteNeo4jVersion(org.neo4j.driver.Driver driver) {
		neo4jVersion = driver.executableQuery("CALL dbms.components() YIELD versions RETURN versions[0] AS v")
			.execute()
			.records()
			.get(0)
			.get("v")
			.asString();
	}

	private final List<Integer> sizes;

	private final int querySize;

	private final int clients;

	private final Duration warmup;

	private final Duration measure;

	private final String heap;

	private final String started = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
			.substring(0, 16) + " UTC";

	private final String loadAtStart = loadAverage();

	private final Map<String, String> settings = new LinkedHashMap<>();

	private final List<IngestBench.Result> ingest = new ArrayList<>();

	private final List<ExtractionBench.Result> extraction = new ArrayList<>();

	private final Map<String, List<Long>> startups = new LinkedHashMap<>();

	private final Map<Integer, Map<String, Map<String, QueryLoad.Stats>>> queries = new TreeMap<>();

	private final Map<Integer, QueryBench.Params> params = new TreeMap<>();

	private final List<String> notes = new ArrayList<>();

	private final List<String> csv = new ArrayList<>(List.of("section,n,subject,metric,value"));

	Report(List<Integer> sizes, int querySize, int clients, Duration warmup, Duration measure, String heap) {
		this.sizes = sizes;
		this.querySize = querySize;
		this.clients = clients;
		this.warmup = warmup;
		this.measure = measure;
		this.heap = heap;
	}

	void setting(String key, String value) {
		this.settings.put(key, value);
	}

	void note(String note) {
		this.notes.add(note);
	}

	void extraction(ExtractionBench.Result r) {
		this.extraction.add(r);
		row("extract", r.documents(), r.corpus(), "parse_MBps", String.format("%.2f", r.parseMBps()));
		row("extract", r.documents(), r.corpus(), "extract_MBps", String.format("%.2f", r.extractMBps()));
		row("extract", r.documents(), r.corpus(), "total_MBps", String.format("%.2f", r.totalMBps()));
		row("extract", r.documents(), r.corpus(), "docs_per_second", String.format("%.1f", r.documentsPerSecond()));
		row("extract", r.documents(), r.corpus(), "total_MB_per_cpu_second", String.format("%.2f", r.cpuMBps()));
	}

	void ingest(IngestBench.Result r) {
		this.ingest.add(r);
		int n = r.n();
		row("ingest", n, "corpus", "documents", r.files());
		row("ingest", n, "corpus", "bytes", r.bytes());
		row("ingest", n, "graph", "nodes", r.plangraph().census().get("nodes"));
		row("ingest", n, "graph", "relationships", r.plangraph().census().get("relationships"));
		row("ingest", n, "graph", "store_bytes", r.storeBytes());
		phase(n, "parse+extract", r.extract());
		phase(n, "plangraph load", r.plangraph());
		row("ingest", n, "plangraph per document", "first_ms", r.perDocument().first());
		row("ingest", n, "plangraph per document", "p50_ms", r.perDocument().p50());
		row("ingest", n, "plangraph per document", "p99_ms", r.perDocument().p99());
		row("ingest", n, "plangraph per document", "max_ms", r.perDocument().max());
		r.variants().forEach((v, p) -> phase(n, "plangraph load, " + v, p));
		phase(n, "export", r.export());
		phase(n, "LOAD CSV", r.loadCsv());
		phase(n, "neo4j-admin import (with JVM start)", r.adminImport());
		row("ingest", n, "neo4j-admin import (tool-reported)", "millis", r.adminToolMillis());
		row("ingest", n, "plangraph/LOAD CSV", "ratio", String.format("%.3f", r.ratioToLoadCsv()));
	}

	void startup(String store, List<Long> millis) {
		this.startups.put(store, millis);
		millis.forEach(m -> row("startup", 0, store, "ready_millis", m));
	}

	void params(int n, QueryBench.Params p) {
		this.params.put(n, p);
	}

	void queries(int n, Map<String, Map<String, QueryLoad.Stats>> byTarget) {
		this.queries.put(n, byTarget);
		byTarget.forEach((target, stats) -> stats.forEach((query, s) -> {
			String subject = target + " " + query;
			row("query", n, subject, "p50_ms", String.format("%.2f", s.p50Millis()));
			row("query", n, subject, "p99_ms", String.format("%.2f", s.p99Millis()));
			row("query", n, subject, "per_second", String.format("%.1f", s.perSecond()));
			row("query", n, subject, "errors", s.errors());
			row("query", n, subject, "items_per_answer", String.format("%.2f", s.itemsPerAnswer()));
		}));
	}

	String machine() {
		return String.format("%d cores (%s), %s RAM, %s %s, %s %s", Runtime.getRuntime().availableProcessors(),
				cpuModel(), memTotal(), System.getProperty("java.vm.vendor"), System.getProperty("java.runtime.version"),
				System.getProperty("os.name"), System.getProperty("os.version"));
	}

	void write(Path dir) throws IOException {
		Files.createDirectories(dir);
		StringBuilder md = new StringBuilder();
		md.append("# plangraph benchmark run, ").append(this.started).append("\n\n");
		md.append("Generated by `").append(command()).append("` (see BENCHMARKS.md for how to read it).\n\n");
		md.append("- Machine: ").append(machine()).append('\n');
		md.append("- Load average (1/5/15 min) at start: ").append(this.loadAtStart).append(", at end: ")
			.append(loadAverage()).append(" (other jobs share these cores)\n");
		md.append("- Neo4j ").append(neo4jVersion).append(" embedded (Community); bench JVM and every child JVM: `-Xmx")
			.append(this.heap).append("`\n");
		md.append("- Queries: ").append(this.clients).append(" concurrent clients, closed loop, ")
			.append(this.warmup.toSeconds()).append(" s warm-up then ").append(this.measure.toSeconds())
			.append(" s measured per query and target\n\n");

		if (!this.extraction.isEmpty()) {
			md.append("## Extraction, one thread, no Neo4j\n\n| text set | docs | MB (UTF-8) | passes | parse MB/s | "
					+ "extract MB/s | **parse + extract MB/s** | **MB per CPU second** | docs/s | elements per pass |\n"
					+ "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
			for (ExtractionBench.Result r : this.extraction) {
				md.append(String.format("| %s | %d | %.2f | %d | %.1f | %.1f | **%.1f** | **%.1f** | %.0f | %d |\n",
						r.corpus(), r.documents(), r.bytes() / 1e6, r.passes(), r.parseMBps(), r.extractMBps(),
						r.totalMBps(), r.cpuMBps(), r.documentsPerSecond(), r.elements()));
			}
			md.append('\n');
		}
		if (!this.ingest.isEmpty()) {
			md.append("## Ingest\n\n");
			md.append("| N | docs | corpus MB | nodes | rels | plangraph load s | docs/s | MB/s | elements/s | LOAD CSV s | "
					+ "LOAD CSV elements/s | neo4j-admin s (tool / with JVM) | **plangraph / LOAD CSV** | parse+extract s |"
					+ " live heap MB plangraph / LOAD CSV | store MB |\n");
			md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
			for (IngestBench.Result r : this.ingest) {
				double mb = r.bytes() / 1e6;
				double s = r.plangraph().millis() / 1000.0;
				md.append(String.format("| %d | %d | %.1f | %d | %d | %.1f | %.1f | %.3f | %.0f | %.1f | %.0f | %.1f / %.1f | "
						+ "**%.2f×** | %.1f | %s / %s | %.0f |\n", r.n(), r.files(), mb, r.plangraph().census().get("nodes"),
						r.plangraph().census().get("relationships"), s, r.files() / s, mb / s, r.elements() / s,
						r.loadCsv().millis() / 1000.0, r.loadCsv().perSecond(r.elements()), r.adminToolMillis() / 1000.0,
						r.adminImport().millis() / 1000.0, r.ratioToLoadCsv(), r.extract().millis() / 1000.0,
						mb(r.plangraph().heap()), mb(r.loadCsv().heap()), r.storeBytes() / 1e6));
			}
			if (this.ingest.stream().anyMatch(r -> !r.variants().isEmpty())) {
				md.append("\nplangraph load, other ways (over Bolt: each document's transaction sent to the embedded "
						+ "Bolt port as a client's would, `plangraph.neo4j.in-process=false`; writers: "
						+ "`plangraph.load.writers`, documents overlap, one transaction each), same corpus, fresh store, "
						+ "same run:\n\n| N | way | s | docs/s | elements/s | "
						+ "**/ LOAD CSV** | live heap MB |\n|---:|---|---:|---:|---:|---:|---:|\n");
				for (IngestBench.Result r : this.ingest) {
					r.variants().forEach((w, p) -> md.append(String.format("| %d | %s | %.1f | %.1f | %.0f | **%.2f×** | %s |\n",
							r.n(), w, p.millis() / 1000.0, p.perSecond(r.files()), p.perSecond(r.elements()),
							(double) p.millis() / Math.max(1, r.loadCsv().millis()), mb(p.heap()))));
				}
			}
			md.append("\nplangraph per document (extraction and its transaction, as `load` reports it), ms:\n\n"
					+ "| N | first | median | p99 | slowest |\n|---:|---:|---:|---:|---:|\n");
			for (IngestBench.Result r : this.ingest) {
				var d = r.perDocument();
				md.append(String.format("| %d | %d | %.0f | %.0f | %d |\n", r.n(), d.first(), d.p50(), d.p99(), d.max()));
			}
			md.append('\n');
			for (IngestBench.Result r : this.ingest) {
				if (r.problems().isEmpty()) {
					md.append("- N = ").append(r.n()).append(": the three stores hold the same nodes per label and "
							+ "relationships per type.\n");
				}
				else {
					r.problems().forEach(p -> md.append("- N = ").append(r.n()).append(": **").append(p).append("**\n"));
				}
			}
			md.append("\n![load time against N](growth-load.png)\n\n");
		}


		md.append("## Start-up of `serve` (until `POST /graphql` answers)\n\n| store | runs, ms | median ms |\n|---|---|---:|\n");
		this.startups.forEach((store, millis) -> md.append("| ").append(store).append(" | ").append(millis)
			.append(" | ").append(median(millis)).append(" |\n"));

		md.append("\n## Queries\n\n");
		if (!this.queries.isEmpty()) {
			md.append("| N | query | target | p50 ms | p99 ms | answers/s | errors | items per answer |\n");
			md.append("|---:|---|---|---:|---:|---:|---:|---:|\n");
			this.queries.forEach((n, byTarget) -> {
				for (String query : QueryBench.QUERIES) {
					byTarget.forEach((target, stats) -> {
						QueryLoad.Stats s = stats.get(query);
						if (s != null) {
							md.append(String.format("| %d | %s | %s | %s | %s | %.0f | %d | %.1f |\n", n, query, target,
									s.p50(), s.p99(), s.perSecond(), s.errors(), s.itemsPerAnswer()));
						}
					});
				}
			});
			var at = this.queries.get(this.querySize);
			if (at != null && at.containsKey(PLANGRAPH)) {
				md.append("\nRatios at N = ").append(this.querySize).append(" (p99 of plangraph GraphQL over p99 of the other):\n\n");
				md.append("| query | vs Cypher over Bolt (target ≤ 1.5) | vs @neo4j/graphql (target < 1) | "
						+ "vs its own reads over Bolt |\n|---|---:|---:|---:|\n");
				for (String query : QueryBench.QUERIES) {
					md.append("| ").append(query).append(" | ").append(ratio(at, query, CYPHER)).append(" | ")
						.append(ratio(at, query, NEO4J_GRAPHQL)).append(" | ")
						.append(ratio(at, query, PLANGRAPH_OVER_BOLT)).append(" |\n");
				}
			}
			this.params.forEach((n, p) -> md.append("\nN = ").append(n).append(": ").append(p.goals().size())
				.append(" topic names and ").append(p.tasks().size()).append(" task ids sampled from the store, asked in rotation.\n"));
			if (!this.ingest.isEmpty()) {
				md.append("\n![query p99 against N](growth-query.png)\n");
			}
		}
		if (!this.notes.isEmpty()) {
			md.append("\n## Notes\n\n");
			this.notes.forEach(n -> md.append("- ").append(n).append('\n'));
		}
		Files.writeString(dir.resolve("latest.md"), md);
		Files.write(dir.resolve("latest.csv"), this.csv);
		plots(dir);
	}

	private void plots(Path dir) throws IOException {
		if (this.ingest.isEmpty()) {
			return;
		}
		XYChart load = new XYChartBuilder().width(800).height(500).title("Ingest time against corpus size")
			.xAxisTitle("N documents").yAxisTitle("seconds").build();
		load.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true);
		double[] n = this.ingest.stream().mapToDouble(IngestBench.Result::n).toArray();
		load.addSeries("plangraph load", n, this.ingest.stream().mapToDouble(r -> r.plangraph().millis() / 1000.0).toArray())
			.setMarker(SeriesMarkers.CIRCLE);
		load.addSeries("LOAD CSV", n, this.ingest.stream().mapToDouble(r -> r.loadCsv().millis() / 1000.0).toArray())
			.setMarker(SeriesMarkers.SQUARE);
		load.addSeries("neo4j-admin import", n,
				this.ingest.stream().mapToDouble(r -> Math.max(0.001, r.adminToolMillis() / 1000.0)).toArray())
			.setMarker(SeriesMarkers.DIAMOND);
		BitmapEncoder.saveBitmap(load, dir.resolve("growth-load.png").toString(), BitmapEncoder.BitmapFormat.PNG);

		if (this.queries.isEmpty()) {
			return;
		}
		XYChart p99 = new XYChartBuilder().width(800).height(500)
			.title("Query p99 against corpus size (" + this.clients + " clients)")
			.xAxisTitle("N documents").yAxisTitle("p99 ms").build();
		// Logarithmic both ways: the broad platformsServing answers take seconds, the others tens of milliseconds.
		p99.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true);
		for (String target : List.of(PLANGRAPH, CYPHER)) {
			for (String query : QueryBench.QUERIES) {
				List<double[]> points = new ArrayList<>();
				this.queries.forEach((size, byTarget) -> {
					var s = byTarget.getOrDefault(target, Map.of()).get(query);
					if (s != null && !Double.isNaN(s.p99Millis())) {
						points.add(new double[] { size, s.p99Millis() });
					}
				});
				if (!points.isEmpty()) {
					p99.addSeries(query + " (" + target + ")", points.stream().mapToDouble(p -> p[0]).toArray(),
							points.stream().mapToDouble(p -> p[1]).toArray());
				}
			}
		}
		BitmapEncoder.saveBitmap(p99, dir.resolve("growth-query.png").toString(), BitmapEncoder.BitmapFormat.PNG);
	}

	private static String ratio(Map<String, Map<String, QueryLoad.Stats>> at, String query, String other) {
		var a = at.getOrDefault(PLANGRAPH, Map.of()).get(query);
		var b = at.getOrDefault(other, Map.of()).get(query);
		if (a == null || b == null || a.count() == 0 || b.count() == 0) {
			return "not measured";
		}
		return String.format("%.2f", a.p99Millis() / b.p99Millis());
	}

	private String command() {
		StringBuilder c = new StringBuilder("./mvnw -Pbench verify");
		this.settings.forEach((k, v) -> c.append(" -D").append(k).append('=').append(v));
		return c.toString();
	}

	private void phase(int n, String subject, IngestBench.Phase p) {
		row("ingest", n, subject, "millis", p.millis());
		if (p.heap() != null) {
			row("ingest", n, subject, "heap_live_bytes", p.heap().live());
			row("ingest", n, subject, "heap_peak_bytes", p.heap().peak());
			row("ingest", n, subject, "gc_count", p.heap().collections());
		}
	}

	private void row(String section, int n, String subject, String metric, Object value) {
		this.csv.add(section + "," + n + ",\"" + subject + "\"," + metric + "," + value);
	}

	private static String mb(HeapWatch.Heap heap) {
		return heap == null ? "–" : String.valueOf(Math.round(heap.live() / 1e6));
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " / " + parts[1] + " / " + parts[2];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(l -> l.startsWith("model name"))
				.map(l -> l.substring(l.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("?");
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static String memTotal() {
		try {
			return Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter(l -> l.startsWith("MemTotal:"))
				.map(l -> String.format("%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
				.findFirst()
				.orElse("?");
		}
		catch (IOException ex) {
			return "?";
		}
	}

}
