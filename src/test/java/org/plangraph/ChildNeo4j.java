package org.plangraph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.plangraph.graph.EmbeddedNeo4j;
import org.plangraph.graph.GraphProperties;

/**
 * A real Neo4j server in its own JVM (the embedded builder, started as a child process), standing in for an external
 * server where no Docker engine exists. {@link #main} is the child; {@link #start} the parent side. {@link #kill} and
 * {@link #restart} stand in for a server crash and its restart: the new process opens the same store (Neo4j recovers
 * it from its transaction log) and listens on the same port, so clients reconnect to the address they know.
 */
public final class ChildNeo4j implements AutoCloseable {

	private static final String READY = "BOLT_PORT ";

	private final Path dir;

	private final String password;

	private volatile Process process;

	private volatile int port;

	private final java.util.concurrent.atomic.AtomicInteger starts = new java.util.concurrent.atomic.AtomicInteger();

	private ChildNeo4j(Path dir, String password) {
		this.dir = dir;
		this.password = password;
	}

	/** Starts a server on a free port, with auth when {@code password} is not null; waits until Bolt answers. */
	public static ChildNeo4j start(String password) throws IOException, InterruptedException {
		ChildNeo4j server = new ChildNeo4j(Files.createTempDirectory("plangraph-child-neo4j-"), password);
		server.launch(0);
		return server;
	}

	private void launch(int requestedPort) throws IOException, InterruptedException {
		this.starts.incrementAndGet();
		List<String> command = new ArrayList<>(List.of(javaBinary(), "--sun-misc-unsafe-memory-access=allow",
				"--enable-native-access=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
				"--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), ChildNeo4j.class.getName(),
				this.dir.toString(), Integer.toString(requestedPort)));
		if (this.password != null) {
			command.add(this.password);
		}
		Process started = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.PIPE)
			.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		String line;
		StringBuilder log = new StringBuilder();
		while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
			log.append(line).append('\n');
			if (line.startsWith(READY)) {
				Thread drain = new Thread(() -> out.lines().forEach(l -> {
				}), "child-neo4j-drain");
				drain.setDaemon(true);
				drain.start();
				this.port = Integer.parseInt(line.substring(READY.length()).strip());
				this.process = started;
				return;
			}
		}
		started.destroyForcibly();
		throw new IllegalStateException("Child Neo4j did not start:\n" + log);
	}

	public static String javaBinary() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	public int port() {
		return this.port;
	}

	public String uri(String scheme) {
		return scheme + "://127.0.0.1:" + this.port;
	}

	/** Processes started so far, failed attempts included. */
	public int starts() {
		return this.starts.get();
	}

	public Process process() {
		return this.process;
	}

	/** A crash: SIGKILL, no shutdown, open transactions lost; returns when the process is gone. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor();
	}

	/**
	 * Starts the server again on the same store and port after {@link #kill}; returns when Bolt answers. Retries the
	 * bind for a while: the killed server's port can take a moment to be free again.
	 */
	public void restart() throws IOException, InterruptedException {
		if (this.process.isAlive()) {
			throw new IllegalStateException("still running; kill it first");
		}
		IllegalStateException last = null;
		for (int attempt = 0; attempt < 5; attempt++) {
			try {
				launch(this.port);
				return;
			}
			catch (IllegalStateException ex) {
				last = ex;
				TimeUnit.SECONDS.sleep(2);
			}
		}
		throw last;
	}

	@Override
	public void close() throws IOException, InterruptedException {
		this.process.getOutputStream().close();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
		TestGraph.deleteRecursively(this.dir);
	}

	/**
	 * The child ({@code DIR PORT [PASSWORD]}, port 0 for a free one): serves until its standard input closes (the
	 * parent exits or calls close).
	 */
	public static void main(String[] args) throws IOException {
		GraphProperties.Auth auth = new GraphProperties.Auth("neo4j", args.length > 2 ? args[2] : null);
		EmbeddedNeo4j neo4j;
		try {
			neo4j = EmbeddedNeo4j.start(Path.of(args[0]),
					new GraphProperties.Bolt("127.0.0.1", Integer.parseInt(args[1])), auth);
		}
		catch (RuntimeException ex) {
			// Bolt threads may already run: without an explicit exit the parent would wait for a ready line forever.
			ex.printStackTrace(System.out);
			System.out.flush();
			System.exit(1);
			return;
		}
		System.out.println(READY + neo4j.boltPort());
		System.out.flush();
		while (System.in.read() >= 0) {
			// wait for end of input
		}
		neo4j.close();
		System.exit(0);
	}

}
