package org.plangraph.load;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.plangraph.cli.PlangraphCommandAccess;

/**
 * What the fault tests share: the real {@code load} command with a hook on its output (a fault injected after the
 * n-th document line), and the checks a store must pass after a fault.
 */
public final class LoadFaults {

	private LoadFaults() {
	}

	/** One run of the command line: exit code, standard output lines, standard error. */
	public record Run(int exit, List<String> lines, String err, long millis) {

		public long count(String status) {
			return this.lines.stream().filter(l -> l.startsWith(status + " ")).count();
		}

	}

	/** Runs {@code plangraph ARGS...}; {@code hook} runs on the loader's thread after line {@code hookAfter}. */
	public static Run run(int hookAfter, Runnable hook, String... args) {
		return run(line -> {
			if (line == hookAfter) {
				hook.run();
			}
		}, args);
	}

	/** Runs {@code plangraph ARGS...}; {@code onLine} gets each line's number (from 1) on the loader's thread. */
	public static Run run(java.util.function.IntConsumer onLine, String... args) {
		StringWriter err = new StringWriter();
		Hooked out = new Hooked(onLine);
		long started = System.nanoTime();
		int exit = PlangraphCommandAccess.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
		long millis = (System.nanoTime() - started) / 1_000_000;
		return new Run(exit, out.text().lines().toList(), err.toString(), millis);
	}

	public static Run run(String... args) {
		return run(0, () -> {
		}, args);
	}

	/**
	 * Nodes that share a label and an id (or have none): the loader's MERGE, CREATE and retries must never make two.
	 * Empty when the store is clean.
	 */
	public static List<Map<String, Object>> duplicates(Driver driver) {
		try (Session session = driver.session()) {
			return session.run("""
					MATCH (n) WHERE NOT n:__Migration
					UNWIND labels(n) AS label
					WITH label, n.id AS id, count(*) AS copies
					WHERE id IS NULL OR copies > 1
					RETURN label, id, copies ORDER BY label, id LIMIT 20
					""").list(r -> r.asMap());
		}
	}

	/** A writer that tells a listener each time a line is complete. */
	private static final class Hooked extends Writer {

		private final StringBuilder text = new StringBuilder();

		private final java.util.function.IntConsumer onLine;

		private int lines;

		Hooked(java.util.function.IntConsumer onLine) {
			this.onLine = onLine;
		}

		@Override
		public synchronized void write(char[] buffer, int offset, int length) {
			for (int i = offset; i < offset + length; i++) {
				this.text.append(buffer[i]);
				if (buffer[i] == '\n') {
					this.onLine.accept(++this.lines);
				}
			}
		}

		synchronized String text() {
			return this.text.toString();
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	}

}
