package org.plangraph.cli;

import java.io.PrintWriter;

/** A progress line on stderr for long runs: at most one every few seconds, never for short ones. */
final class Progress {

	private static final long INTERVAL_NANOS = 5_000_000_000L;

	private final int total;

	private final PrintWriter out;

	private final long started = System.nanoTime();

	private long lastPrinted = System.nanoTime();

	private int done;

	Progress(int total, PrintWriter out) {
		this.total = total;
		this.out = out;
	}

	void step() {
		this.done++;
		long now = System.nanoTime();
		if (now - this.lastPrinted >= INTERVAL_NANOS && this.done < this.total) {
			this.lastPrinted = now;
			double seconds = (now - this.started) / 1e9;
			double rate = this.done / seconds;
			long eta = Math.round((this.total - this.done) / rate);
			this.out.printf("progress  %d/%d files, %.1f files/s, about %d s left%n", this.done, this.total, rate, eta);
		}
	}

	void finish() {
		double seconds = (System.nanoTime() - this.started) / 1e9;
		if (this.total > 0) {
			this.out.printf("done      %d files in %.1f s%n", this.total, seconds);
		}
	}

}
