package org.plangraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.plangraph.document.PlanDocument;
import org.plangraph.document.PlanParser;
import org.plangraph.document.PlanText;
import org.plangraph.extract.DefaultPlanExtractor;
import org.plangraph.extract.Extraction;
import org.plangraph.extract.PlanExtractor;
import org.plangraph.extract.VocabularyFiles;

/**
 * Extraction throughput on one thread, without Neo4j: the plans are read into memory first, then parsed (outline)
 * and extracted (structure and links) over and over, after a warm-up that lets the JIT compile the rules. Two texts
 * sets: the real plans of the gold fixtures (seeds and other cities' plans) and a generated corpus in their style.
 */
final class ExtractionBench {

	/** One text set's figures: megabytes of UTF-8 plan text per second through parse, extract and both. */
	record Result(String corpus, int documents, long bytes, long chars, int passes, double parseMBps,
			double extractMBps, double totalMBps, double documentsPerSecond, long elements, double cpuMBps) {
	}

	/**
	 * This thread's CPU time: on a shared machine the wall clock also counts the time other processes held the core,
	 * so MB per CPU second is reported beside MB per wall second.
	 */
	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
		.getThreadMXBean();

	private final PlanParser parser = new PlanParser();

	private final PlanExtractor extractor = new DefaultPlanExtractor(VocabularyFiles.defaults());

	private final Duration warmup;

	private final Duration measure;

	ExtractionBench(Duration warmup, Duration measure) {
		this.warmup = warmup;
		this.measure = measure;
	}

	Result run(String corpus, List<Path> files) throws IOException {
		List<PlanText> texts = new ArrayList<>();
		long bytes = 0;
		long chars = 0;
		for (Path file : files) {
			byte[] raw = Files.readAllBytes(file);
			String text = new String(raw, StandardCharsets.UTF_8);
			texts.add(new PlanText(file.getFileName().toString(), text, "0", "UTF-8"));
			bytes += raw.length;
			chars += text.length();
		}
		long until = System.nanoTime() + this.warmup.toNanos();
		while (System.nanoTime() < until) {
			pass(texts, new long[2]);
		}
		long[] nanos = new long[2];
		long elements = 0;
		int passes = 0;
		long started = System.nanoTime();
		long cpuStarted = THREADS.getCurrentThreadCpuTime();
		do {
			elements = pass(texts, nanos);
			passes++;
		}
		while (System.nanoTime() - started < this.measure.toNanos());
		double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
		double megabytes = bytes * (double) passes / 1e6;
		double parseSeconds = nanos[0] / 1e9;
		double extractSeconds = nanos[1] / 1e9;
		return new Result(corpus, texts.size(), bytes, chars, passes, megabytes / parseSeconds,
				megabytes / extractSeconds, megabytes / (parseSeconds + extractSeconds),
				texts.size() * (double) passes / (parseSeconds + extractSeconds), elements,
				bytes * (double) passes / 1e6 / cpuSeconds);
	}

	/** One pass over all texts; adds parse and extract nanoseconds; returns the elements found. */
	private long pass(List<PlanText> texts, long[] nanos) {
		long elements = 0;
		for (PlanText text : texts) {
			long t0 = System.nanoTime();
			PlanDocument document = this.parser.parse(text);
			long t1 = System.nanoTime();
			Extraction extraction = this.extractor.extract(document);
			long t2 = System.nanoTime();
			nanos[0] += t1 - t0;
			nanos[1] += t2 - t1;
			elements += extraction.actors().size() + extraction.goals().size() + extraction.targets().size()
					+ extraction.tasks().size() + extraction.relations().size();
		}
		return elements;
	}

	static List<Path> textFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
	}

}
