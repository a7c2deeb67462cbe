package org.plangraph.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.plangraph.document.PlanDocument;
import org.plangraph.document.PlanParser;
import org.plangraph.document.RejectedFileException;
import org.plangraph.extract.Extraction;
import org.plangraph.extract.PlanExtractor;
import org.plangraph.graph.GraphTarget;
import org.plangraph.graph.GraphTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads plan files: parse, extract, write, one transaction per document. A file that cannot be read, parsed,
 * extracted or written is reported as rejected with its reason, and nothing of it is written; documents already in
 * the graph are untouched. When the graph stays unreachable longer than the driver retries a transaction (a server
 * restart that takes too long, a network outage), that document is reported as failed, not loaded, and so is every
 * later one, at once: a load never waits out the retry time once per remaining file, and a re-run completes it.
 */
public class PlanLoader {

	private static final Logger log = LoggerFactory.getLogger(PlanLoader.class);

	private static final String WRITE_FAILED = "could not be written to Neo4j: ";

	private static final String NOT_LOADED = "; not loaded, re-run load";

	private final Driver driver;

	private final GraphTarget target;

	private final GraphTransactions transactions;

	private final PlanParser parser;

	private final PlanExtractor extractor;

	/**
	 * Documents {@link #load(List, Consumer)} extracts and writes at the same time, each in its own transaction. One by
	 * one unless configured: with several writers, the order of an actor's {@code aliases} (merged from every document
	 * that names it) follows the order the documents commit in, which is then not fixed.
	 */
	public static final int DEFAULT_WRITERS = 1;

	private final int writers;

	/**
	 * @param transactions how each document's write transaction runs (in process on the embedded graph); the driver
	 * serves the rest (awaiting the full-text index, reset, counts)
	 * @param writers documents loaded at the same time by {@link #load(List, Consumer)}; 1 loads one by one
	 */
	public PlanLoader(Driver driver, GraphTarget target, GraphTransactions transactions, PlanParser parser,
			PlanExtractor extractor, int writers) {
		this.driver = driver;
		this.target = target;
		this.transactions = transactions;
		this.parser = parser;
		this.extractor = extractor;
		this.writers = Math.max(1, writers);
	}

	/** Plan files under the given paths: files as given, folders searched for {@code *.txt}, sorted by name. */
	public static List<Path> planFiles(List<Path> paths) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(Files::isRegularFile)
						.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt"))
						.sorted()
						.forEach(files::add);
				}
			}
			else {
				files.add(path);
			}
		}
		return files;
	}

	/**
	 * Loads every file, reporting each outcome as soon as it is known. When it returns, full-text search sees every
	 * document loaded (the index is updated asynchronously, see V003).
	 */
	public List<LoadOutcome> load(List<Path> files, Consumer<LoadOutcome> listener) {
		List<LoadOutcome> outcomes = new ArrayList<>();
		Consumer<LoadOutcome> report = outcome -> {
			outcomes.add(outcome);
			listener.accept(outcome);
		};
		AtomicReference<String> unavailable = new AtomicReference<>();
		if (this.writers == 1) {
			for (Path file : files) {
				String since = unavailable.get();
				LoadOutcome outcome = since != null ? notAttempted(file.getFileName().toString(), null, since)
						: load(file);
				noteUnavailable(outcome, unavailable);
				report.accept(outcome);
			}
		}
		else {
			loadConcurrently(files, report, unavailable);
		}
		if (unavailable.get() == null) {
			awaitSearchableIfReachable();
		}
		return outcomes;
	}

	/** Remembers the first document that failed because the graph was unreachable. */
	private static void noteUnavailable(LoadOutcome outcome, AtomicReference<String> unavailable) {
		if (outcome.status() == LoadStatus.FAILED) {
			unavailable.compareAndSet(null, outcome.file());
		}
	}

	/** A document not tried because the graph was already found unreachable: reported at once, same advice. */
	private static LoadOutcome notAttempted(String file, String documentId, String since) {
		return LoadOutcome.failed(file, documentId,
				"graph unavailable (since " + since + " could not be written)" + NOT_LOADED);
	}

	/**
	 * Parses on the calling thread, extracts and writes up to {@link #writers} documents at a time (each in its own
	 * transaction: the commits' disk syncs and round trips overlap), and reports in file order. At most twice as many
	 * documents as writers are held in memory. A document with the same id or the same text as one still in flight
	 * waits for it, so that it sees that commit (unchanged, replaced, same text as). A write that fails while others
	 * run (say, one replacement removes an actor that another document is linking) is retried alone once those are
	 * done, so that the graph ends as a load one by one would leave it.
	 */
	private void loadConcurrently(List<Path> files, Consumer<LoadOutcome> report,
			AtomicReference<String> unavailable) {
		ExecutorService pool = Executors.newFixedThreadPool(this.writers);
		Deque<InFlight> inFlight = new ArrayDeque<>();
		try {
			for (Path file : files) {
				Object parsed = parse(file);
				if (parsed instanceof PlanDocument doc) {
					if (inFlight.stream().anyMatch(f -> f.sameAs(doc))) {
						while (!inFlight.isEmpty()) {
							report.accept(finish(inFlight.removeFirst(), inFlight));
						}
					}
					inFlight.add(new InFlight(doc, CompletableFuture.supplyAsync(() -> {
						String since = unavailable.get();
						LoadOutcome outcome = since != null ? notAttempted(doc.sourceFile(), doc.id(), since)
								: loadParsed(doc);
						noteUnavailable(outcome, unavailable);
						return outcome;
					}, pool)));
				}
				else {
					inFlight.add(new InFlight(null, CompletableFuture.completedFuture((LoadOutcome) parsed)));
				}
				while (inFlight.size() >= 2 * this.writers || inFlight.peekFirst().outcome().isDone()) {
					report.accept(finish(inFlight.removeFirst(), inFlight));
					if (inFlight.isEmpty()) {
						break;
					}
				}
			}
			while (!inFlight.isEmpty()) {
				report.accept(finish(inFlight.removeFirst(), inFlight));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private LoadOutcome finish(InFlight head, Deque<InFlight> others) {
		LoadOutcome outcome = head.outcome().join();
		if (head.document() != null && outcome.status() == LoadStatus.REJECTED
				&& outcome.detail().startsWith(WRITE_FAILED)) {
			others.forEach(f -> f.outcome().join());
			log.info("Writing {} failed while other documents were written; retrying it alone", outcome.file());
			outcome = loadParsed(head.document());
		}
		return outcome;
	}

	private record InFlight(PlanDocument document, CompletableFuture<LoadOutcome> outcome) {

		boolean sameAs(PlanDocument other) {
			return this.document != null && (this.document.id().equals(other.id())
					|| this.document.source().sha256().equals(other.source().sha256()));
		}

	}

	/**
	 * {@link #awaitSearchable()} unless the graph has gone away meanwhile: the documents are committed all the same,
	 * and the index catches up by itself.
	 */
	private void awaitSearchableIfReachable() {
		try {
			awaitSearchable();
		}
		catch (RuntimeException ex) {
			if (!unavailable(ex)) {
				throw ex;
			}
			log.warn("Neo4j unavailable after the load; full-text search catches up once it is back: {}",
					firstLine(ex));
		}
	}

	/** Waits until the full-text index has caught up with every committed document. */
	public void awaitSearchable() {
		try (Session session = this.driver.session(this.target.session())) {
			session.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume();
		}
	}

	public LoadOutcome load(Path file) {
		Object parsed = parse(file);
		return parsed instanceof PlanDocument doc ? loadParsed(doc) : (LoadOutcome) parsed;
	}

	/** The parsed document, or the outcome of a file that cannot be read or parsed. */
	private Object parse(Path file) {
		String name = file.getFileName().toString();
		if (!Files.exists(file)) {
			return LoadOutcome.rejected(name, "no such file: " + file);
		}
		try {
			return this.parser.parse(file);
		}
		catch (RejectedFileException ex) {
			return LoadOutcome.rejected(ex.file(), ex.reason());
		}
		catch (RuntimeException | StackOverflowError ex) {
			return parserFailed(name, ex);
		}
	}

	private LoadOutcome loadParsed(PlanDocument document) {
		try {
			return load(document);
		}
		catch (RuntimeException | StackOverflowError ex) {
			return parserFailed(document.sourceFile(), ex);
		}
	}

	/** Loads a document given as text, as the GraphQL mutation does; searchable when it returns. */
	public LoadOutcome load(String name, byte[] bytes) {
		PlanDocument document;
		try {
			document = this.parser.parse(name, bytes);
		}
		catch (RejectedFileException ex) {
			return LoadOutcome.rejected(ex.file(), ex.reason());
		}
		catch (RuntimeException | StackOverflowError ex) {
			return parserFailed(name, ex);
		}
		LoadOutcome outcome = load(document);
		if (outcome.status() != LoadStatus.FAILED) {
			awaitSearchableIfReachable();
		}
		return outcome;
	}

	/**
	 * A parser bug, not bad input: the file is still reported by name rather than ending the whole load. A stack
	 * overflow (deep recursion on pathological text) is logged without its thousand frames.
	 */
	private static LoadOutcome parserFailed(String name, Throwable ex) {
		if (ex instanceof StackOverflowError) {
			log.warn("Parsing {} overflowed the stack", name);
		}
		else {
			log.warn("Parsing {} failed", name, ex);
		}
		return LoadOutcome.rejected(name, "could not be parsed (" + ex + "); please report this file as a bug");
	}

	public LoadOutcome load(PlanDocument document) {
		long started = System.nanoTime();
		String file = document.sourceFile();
		Extraction extraction;
		try {
			extraction = this.extractor.extract(document);
		}
		catch (RuntimeException | StackOverflowError ex) {
			if (ex instanceof StackOverflowError) {
				log.warn("Extraction overflowed the stack for {}", file);
			}
			else {
				log.warn("Extraction failed for {}", file, ex);
			}
			return LoadOutcome.rejected(file, "extraction failed: " + ex);
		}
		GraphRows rows = GraphRows.of(document, extraction);
		AtomicInteger attempts = new AtomicInteger();
		try {
			LoadOutcome written = this.transactions.write(tx -> {
				attempts.incrementAndGet();
				DocumentWriter.Stored stored = DocumentWriter.stored(tx, document.id(), document.source().sha256());
				if (document.source().sha256().equals(stored.sha256())) {
					return outcome(file, LoadStatus.UNCHANGED, document, "unchanged since last load", 0, 0, started);
				}
				String twin = stored.sha256() == null ? stored.twin() : null;
				if (twin != null) {
					return outcome(file, LoadStatus.UNCHANGED, document, "same text as " + twin + ", not loaded twice",
							0, 0, started);
				}
				if (stored.sha256() != null) {
					DocumentWriter.clear(tx, document.id());
				}
				DocumentWriter.write(tx, rows);
				if (stored.sha256() != null) {
					DocumentWriter.dropUnlinkedActors(tx, rows);
				}
				return outcome(file, stored.sha256() == null ? LoadStatus.NEW : LoadStatus.REPLACED, document,
						summary(document, extraction), rows.nodeCount(), rows.relationshipCount(), started);
			});
			if (attempts.get() > 1) {
				// A retried write that finds its own text already stored is one whose commit succeeded but whose
				// answer was lost with the connection: reported unchanged, written once.
				log.warn("{} written on attempt {} after {} ms ({})", file, attempts.get(), written.millis(),
						written.status().word());
			}
			return written;
		}
		catch (RuntimeException ex) {
			if (unavailable(ex)) {
				log.warn("Writing {} failed: Neo4j unavailable, retried for {} ms: {}", file,
						(System.nanoTime() - started) / 1_000_000, firstLine(ex));
				return LoadOutcome.failed(file, document.id(), "graph unavailable: " + firstLine(ex) + NOT_LOADED);
			}
			log.warn("Writing {} failed", file, ex);
			return LoadOutcome.rejected(file, WRITE_FAILED + ex.getMessage());
		}
	}

	/**
	 * The server could not be reached, went away, or was still starting, and stayed so for the driver's whole retry
	 * time (the driver retries exactly these, as transient): the document may load fine later, unlike bad input.
	 */
	static boolean unavailable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof Neo4jException neo4j
							&& "Neo.TransientError.General.DatabaseUnavailable".equals(neo4j.code())) {
				return true;
			}
		}
		return false;
	}

	private static String firstLine(Throwable ex) {
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().strip();
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end).strip();
	}

	/** Removes a document and the claims it made; returns whether it existed. */
	public boolean delete(String documentId) {
		return this.transactions.write(tx -> {
			if (DocumentWriter.stored(tx, documentId, "").sha256() == null) {
				return false;
			}
			DocumentWriter.delete(tx, documentId);
			return true;
		});
	}

	/** Removes every document, section, fact and actor; keeps the schema and migration history. */
	public void reset() {
		try (Session session = this.driver.session(this.target.session())) {
			session.run("""
					MATCH (n) WHERE NOT n:__Migration
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
					""").consume();
		}
	}

	public long documentCount() {
		try (Session session = this.driver.session(this.target.session())) {
			return session.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong();
		}
	}

	private static String summary(PlanDocument document, Extraction e) {
		return String.format("%s (%d sections, %d tasks, %d targets, %d goals, %d actors)",
				document.metadata().title(), document.sections().size(), e.tasks().size(), e.targets().size(),
				e.goals().size(), e.actors().size());
	}

	private static LoadOutcome outcome(String file, LoadStatus status, PlanDocument document, String detail,
			long nodes, long relationships, long started) {
		return new LoadOutcome(file, status, document.id(), detail, nodes, relationships,
				(System.nanoTime() - started) / 1_000_000);
	}

}
