package org.plangraph.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a read of a document's tasks or targets saw one committed state of each document. Neo4j reads are read
 * committed: a statement that runs while a load replaces a document can find the old nodes already gone and the new
 * ones not yet visible (counts of 0, nodes whose properties read as null), or parts of both. The loader stamps each
 * task and target with its document's version ({@code docVersion}, from the file's sha256) and the document with
 * how many it wrote ({@code taskCount}, {@code targetCount}); a read is whole when, per document, every node it saw
 * carries the document's current version and their number is the document's count. A read that is not whole is
 * repeated: a commit takes milliseconds, so the next read sees its result.
 */
final class ReadCheck {

	private static final Logger log = LoggerFactory.getLogger(ReadCheck.class);

	/** Attempts before giving up on a whole read (about two seconds of back-off in all). */
	static final int ATTEMPTS = 30;

	private ReadCheck() {
	}

	/** Runs {@code read} until {@code whole} holds for its record, at most {@link #ATTEMPTS} times. */
	static Record untilWhole(String what, Supplier<Record> read, java.util.function.Predicate<Record> whole) {
		Record record = read.get();
		for (int attempt = 1; attempt < ATTEMPTS && !whole.test(record); attempt++) {
			try {
				Thread.sleep(Math.min(100, 2L * attempt));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return record;
			}
			log.debug("{}: read across a commit, reading again (attempt {})", what, attempt + 1);
			record = read.get();
			if (attempt == ATTEMPTS - 1 && !whole.test(record)) {
				log.warn("{}: no consistent read after {} attempts; answering with the last", what, ATTEMPTS);
			}
		}
		return record;
	}

	/**
	 * The counts a statement saw ({@code seen}: doc, version, n) agree with the documents' stamps ({@code documents}:
	 * doc, version, count) and add up to {@code totalCount}. Documents loaded before the stamps existed are not
	 * checked.
	 */
	static boolean countsWhole(Record r) {
		Map<String, Value> documents = new HashMap<>();
		for (Value d : r.get("documents").values()) {
			if (d.get("count").isNull()) {
				return true;
			}
			documents.put(d.get("doc").asString(), d);
		}
		long expected = 0;
		for (Value d : documents.values()) {
			expected += d.get("count").asLong();
		}
		if (expected != r.get("totalCount").asLong()) {
			return false;
		}
		Set<String> docs = new HashSet<>();
		for (Value s : r.get("seen").values()) {
			Value d = s.get("doc").isNull() ? null : documents.get(s.get("doc").asString());
			if (d == null || !docs.add(s.get("doc").asString())
					|| !Objects.equals(s.get("version").asString(null), d.get("version").asString(null))
					|| s.get("n").asLong() != d.get("count").asLong()) {
				return false;
			}
		}
		return true;
	}

	/** Every row is a whole node of its document's current version (a node deleted mid-read has no id). */
	static boolean rowsWhole(Record r, List<Value> rows) {
		Map<String, String> versions = new HashMap<>();
		for (Value d : r.get("documents").values()) {
			if (d.get("count").isNull()) {
				return true;
			}
			versions.put(d.get("doc").asString(), d.get("version").asString(null));
		}
		for (Value row : rows) {
			if (row.get("id").isNull() || row.get("doc").isNull()
					|| !Objects.equals(versions.get(row.get("doc").asString()), row.get("docVersion").asString(null))) {
				return false;
			}
		}
		return true;
	}

}
