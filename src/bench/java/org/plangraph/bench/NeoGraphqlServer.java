package org.plangraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The {@code @neo4j/graphql} server of bench/neo4j-graphql ({@code node server.mjs}), on a given Bolt port. Installs
 * its npm packages first when they are missing ({@code npm ci}).
 */
final class NeoGraphqlServer implements AutoCloseable {

	static final Path DIR = Path.of("bench", "neo4j-graphql");

	private final Process process;

	private final int port;

	private NeoGraphqlServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** @return the server, or a reason why it cannot run here */
	static Object start(int boltPort, Path log) throws IOException, InterruptedException {
		if (!Files.isDirectory(DIR.resolve("node_modules"))) {
			Process npm;
			try {
				npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(DIR.toFile())
					.redirectErrorStream(true)
					.redirectOutput(log.toFile())
					.start();
			}
			catch (IOException ex) {
				return "npm is not installed: " + ex.getMessage();
			}
			if (npm.waitFor() != 0) {
				return "npm ci failed in bench/neo4j-graphql (see " + log.getFileName() + ")";
			}
		}
		ProcessBuilder builder = new ProcessBuilder("node", "server.mjs").directory(DIR.toFile())
			.redirectErrorStream(true);
		builder.environment().put("NEO4J_URI", "bolt://127.0.0.1:" + boltPort);
		builder.environment().put("PORT", "0");
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			return "node is not installed: " + ex.getMessage();
		}
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder text = new StringBuilder();
		String line;
		while ((line = out.readLine()) != null) {
			text.append(line).append('\n');
			if (line.startsWith("READY ")) {
				Thread drain = new Thread(() -> out.lines().forEach(l -> {
				}), "neo4j-graphql-drain");
				drain.setDaemon(true);
				drain.start();
				return new NeoGraphqlServer(process, Integer.parseInt(line.substring(6).strip()));
			}
		}
		process.waitFor(10, TimeUnit.SECONDS);
		Files.writeString(log, text);
		return "the @neo4j/graphql server did not start (see " + log.getFileName() + ")";
	}

	int port() {
		return this.port;
	}

	@Override
	public void close() throws IOException, InterruptedException {
		this.process.getOutputStream().close();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
