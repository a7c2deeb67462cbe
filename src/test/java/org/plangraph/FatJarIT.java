package org.plangraph;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged jar, as users run it ({@code java -jar target/plangraph.jar}), in child processes: version, load,
 * serve, the store lock, SIGTERM. Timings are printed and written to {@code target/fatjar-figures.txt} for the record;
 * nothing here asserts a duration.
 */
class FatJarIT {

	private static final Path JAR = Path.of(System.getProperty("plangraph.jar", "target/plangraph.jar"));

	private static final List<String> figures = new ArrayList<>();

	@TempDir
	Path work;

	@Test
	void versionRunsFromTheJar() throws Exception {
		Result result = run(List.of("--version"), 60);
		assertThat(result.exit()).isZero();
		assertThat(result.out()).contains("plangraph ").contains("Neo4j 2025.12.1");
	}

	@Test
	void tooOldJavaGetsAMessageInsteadOfAStackTrace() throws Exception {
		Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
		assumeTrue(Files.isExecutable(java17), "no Java 17 on this machine");
		Process p = new ProcessBuilder(java17.toString(), "-jar", JAR.toString(), "--version").redirectErrorStream(true)
			.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).isEqualTo(1);
		assertThat(out).contains("plangraph needs Java 21 or newer").doesNotContain("UnsupportedClassVersionError");
	}

	@Test
	void loadServeLockAndStop() throws Exception {
		Path data = this.work.resolve("data");
		long started = System.nanoTime();
		Result load = run(List.of("load", "--data", data.toString(), "--plangraph.bolt.port=0", "import/plans"), 300);
		long loadMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(load.exit()).as(load.err()).isZero();
		assertThat(load.out().lines()).hasSize(5).allSatisfy(line -> assertThat(line).startsWith("new "));
		figures.add("load of the five seeds (java -jar, incl. JVM and Neo4j start): " + loadMillis + " ms");

		int http = freePort();
		int bolt = freePort();
		Path log = this.work.resolve("serve.log");
		started = System.nanoTime();
		Process serve = new ProcessBuilder(javaCommand(List.of("serve", "--data", data.toString(),
				"--server.port=" + http, "--plangraph.bolt.port=" + bolt)))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			String documents = awaitGraphQl(http, serve, log);
			long readyMillis = (System.nanoTime() - started) / 1_000_000;
			assertThat(documents).contains("杨府发〔2021〕5号");
			figures.add("serve: java -jar to first GraphQL answer (graph already loaded): " + readyMillis + " ms");

			Result second = run(List.of("load", "--data", data.toString(), "--plangraph.bolt.port=0", "import/plans"),
					120);
			assertThat(second.exit()).isEqualTo(1);
			assertThat(second.err()).contains("is in use by another plangraph or Neo4j process (store lock)")
				.contains("--data DIR")
				.doesNotContain("\tat org.");

			long stopping = System.nanoTime();
			serve.destroy();
			assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
			figures.add("serve: SIGTERM to exit: " + (System.nanoTime() - stopping) / 1_000_000 + " ms");
			assertThat(Files.readString(log)).contains("Embedded Neo4j stopped");
		}
		finally {
			serve.destroyForcibly();
		}
		Result reopen = run(List.of("load", "--data", data.toString(), "--plangraph.bolt.port=0", "import/plans"), 300);
		assertThat(reopen.exit()).as(reopen.err()).isZero();
		assertThat(reopen.out().lines()).allSatisfy(line -> assertThat(line).startsWith("unchanged "));
		figures.add("fat jar size: " + Files.size(JAR) / (1024 * 1024) + " MiB");
		Files.write(Path.of("target/fatjar-figures.txt"), figures);
		figures.forEach(System.out::println);
	}

	private static String awaitGraphQl(int port, Process serve, Path log) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ documents { docNumber } }\"}"))
			.build();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			assertThat(serve.isAlive()).as(() -> readQuietly(log)).isTrue();
			try {
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return response.body();
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("serve did not answer within 180 s:\n" + readQuietly(log));
	}

	private static String readQuietly(Path log) {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static List<String> javaCommand(List<String> args) {
		List<String> command = new ArrayList<>(List.of(ChildNeo4j.javaBinary(), "-Xmx1g", "-jar", JAR.toString()));
		command.addAll(args);
		return command;
	}

	private Result run(List<String> args, int timeoutSeconds) throws Exception {
		Path out = Files.createTempFile(this.work, "out", ".txt");
		Path err = Files.createTempFile(this.work, "err", ".txt");
		Process p = new ProcessBuilder(javaCommand(args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new AssertionError("timed out: " + args + "\n" + Files.readString(err));
		}
		return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
	}

	private record Result(int exit, String out, String err) {
	}

}
