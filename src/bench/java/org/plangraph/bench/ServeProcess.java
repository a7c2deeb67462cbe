package org.plangraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar target/plangraph.jar serve} in its own JVM, as a user starts it. Ready means: {@code POST /graphql}
 * answers {@code {__typename}} with 200 (the HTTP server, Spring, the embedded Neo4j and the migrations are up).
 */
final class ServeProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final Process process;

	private final int httpPort;

	private final int boltPort;

	private final long readyMillis;

	private ServeProcess(Process process, int httpPort, int boltPort, long readyMillis) {
		this.process = process;
		this.httpPort = httpPort;
		this.boltPort = boltPort;
		this.readyMillis = readyMillis;
	}

	/**
	 * Starts serve on {@code store} and waits until GraphQL answers.
	 * @param initialLoad whether serve may fill an empty store from import/plans (its default)
	 */
	static ServeProcess start(Path jar, Path store, boolean initialLoad, String heap, Path log)
			throws IOException, InterruptedException {
		return start(jar, store, initialLoad, heap, log, List.of());
	}

	/** As {@link #start(Path, Path, boolean, String, Path)}, with more {@code --name=value} settings for serve. */
	static ServeProcess start(Path jar, Path store, boolean initialLoad, String heap, Path log, List<String> settings)
			throws IOException, InterruptedException {
		int http = freePort();
		int bolt = freePort();
		List<String> command = new ArrayList<>(List.of(Bench.javaBinary(), "-Xmx" + heap,
				"--sun-misc-unsafe-memory-access=allow", "-jar", jar.toString(), "serve", "--data", store.toString(),
				"--server.port=" + http, "--plangraph.bolt.port=" + bolt,
				"--plangraph.initial-load.enabled=" + initialLoad));
		command.addAll(settings);
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(5))
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{__typename}\"}"))
			.build();
		long deadline = started + TimeUnit.SECONDS.toNanos(300);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("serve exited with " + process.exitValue() + "; see " + log);
			}
			try {
				if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return new ServeProcess(process, http, bolt, IngestBench.elapsed(started));
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(25);
		}
		process.destroyForcibly();
		throw new IllegalStateException("serve did not answer within 300 s; see " + log);
	}

	int httpPort() {
		return this.httpPort;
	}

	int boltPort() {
		return this.boltPort;
	}

	long readyMillis() {
		return this.readyMillis;
	}

	@Override
	public void close() throws InterruptedException {
		// SIGTERM: serve shuts down gracefully and releases the store lock.
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
