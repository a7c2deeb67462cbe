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
 * server where no Docker engine exists. {@link #main} is the child; {@link #start} the parent side.
 */
public final class ChildNeo4j implements AutoCloseable {

	private static final String READY = "BOLT_PORT ";

	private final Process process;

	private final Path dir;

	private final int port;

	private ChildNeo4j(Process process, Path dir, int port) {
		this.process = process;
		this.dir = dir;
		this.port = port;
	}

	/** Starts a server on a free port, with auth when {@code password} is not null; waits until Bolt answers. */
	public static ChildNeo4j start(String password) throws IOException, InterruptedException {
		Path dir = Files.createTempDirectory("plangraph-child-neo4j-");
		List<String> command = new ArrayList<>(List.of(javaBinary(), "--sun-misc-unsafe-memory-access=allow",
				"--enable-native-access=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
				"--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), ChildNeo4j.class.getName(), dir.toString()));
		if (password != null) {
			command.add(password);
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.PIPE)
			.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		String line;
		StringBuilder log = new StringBuilder();
		while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
			log.append(line).append('\n');
			if (line.startsWith(READY)) {
				int port = Integer.parseInt(line.substring(READY.length()).strip());
				Thread drain = new Thread(() -> out.lines().forEach(l -> {
				}), "child-neo4j-drain");
				drain.setDaemon(true);
				drain.start();
				return new ChildNeo4j(process, dir, port);
			}
		}
		process.destroyForcibly();
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

	public Process process() {
		return this.process;
	}

	@Override
	public void close() throws IOException, InterruptedException {
		this.process.getOutputStream().close();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
		TestGraph.deleteRecursively(this.dir);
	}

	/** The child: serves until its standard input closes (the parent exits or calls close). */
	public static void main(String[] args) throws IOException {
		GraphProperties.Auth auth = new GraphProperties.Auth("neo4j", args.length > 1 ? args[1] : null);
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of(args[0]), new GraphProperties.Bolt("127.0.0.1", 0), auth);
		System.out.println(READY + neo4j.boltPort());
		System.out.flush();
		while (System.in.read() >= 0) {
			// wait for end of input
		}
		neo4j.close();
		System.exit(0);
	}

}
