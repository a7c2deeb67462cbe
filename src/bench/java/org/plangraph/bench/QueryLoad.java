package org.plangraph.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: {@code clients} threads each send one request, wait for the answer, and send the next, for a
 * warm-up and then a measured interval. Latency is client-side wall time per request; throughput is answered
 * requests per second of the measured interval. A request whose answer is an error counts as an error and not as a
 * latency sample.
 */
final class QueryLoad {

	/** One request with the {@code i}-th parameter; returns how many items the answer held; throws on error. */
	@FunctionalInterface
	interface Request {

		int send(int i) throws Exception;

	}

	record Stats(long count, long errors, double p50Millis, double p99Millis, double maxMillis, double perSecond,
			double itemsPerAnswer, String firstError) {

		String p50() {
			return String.format("%.1f", this.p50Millis);
		}

		String p99() {
			return String.format("%.1f", this.p99Millis);
		}

	}

	private QueryLoad() {
	}

	static Stats run(int clients, Duration warmup, Duration measure, Request request) throws Exception {
		// Plans are compiled on first use, which on a busy machine can take longer than the warm-up: ask a few
		// times one by one first, so that the warm-up starts with the plans cached.
		for (int i = 0; i < 3; i++) {
			try {
				request.send(i);
			}
			catch (Exception ex) {
				// counted in the measured interval, if it persists
			}
		}
		long start = System.nanoTime();
		long measureFrom = start + warmup.toNanos();
		long end = measureFrom + measure.toNanos();
		AtomicInteger next = new AtomicInteger();
		AtomicLong errors = new AtomicLong();
		AtomicLong items = new AtomicLong();
		AtomicReference<String> firstError = new AtomicReference<>();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			@SuppressWarnings("unchecked")
			Future<long[]>[] futures = new Future[clients];
			for (int c = 0; c < clients; c++) {
				futures[c] = pool.submit(() -> {
					long[] samples = new long[1024];
					int n = 0;
					long now;
					while ((now = System.nanoTime()) < end) {
						int i = next.getAndIncrement();
						try {
							int size = request.send(i);
							long took = System.nanoTime() - now;
							if (now >= measureFrom) {
								if (n == samples.length) {
									samples = Arrays.copyOf(samples, n * 2);
								}
								samples[n++] = took;
								items.addAndGet(size);
							}
						}
						catch (Exception ex) {
							if (now >= measureFrom) {
								errors.incrementAndGet();
							}
							firstError.compareAndSet(null, String.valueOf(ex));
						}
					}
					return Arrays.copyOf(samples, n);
				});
			}
			long[] all = new long[0];
			for (Future<long[]> f : futures) {
				long[] part = f.get();
				long[] merged = Arrays.copyOf(all, all.length + part.length);
				System.arraycopy(part, 0, merged, all.length, part.length);
				all = merged;
			}
			Arrays.sort(all);
			double seconds = measure.toNanos() / 1e9;
			return new Stats(all.length, errors.get(), percentile(all, 0.50), percentile(all, 0.99),
					all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6, all.length / seconds,
					all.length == 0 ? 0 : (double) items.get() / all.length, firstError.get());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Nearest-rank percentile, in milliseconds. */
	static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

}
