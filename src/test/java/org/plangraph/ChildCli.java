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
import java.util.function.Predicate;

/**
 * The real command line ({@link PlangraphApplication#main}) in a child JVM, so that a test can kill it as an operator
 * (or the kernel's OOM killer) would. Standard output is read line by line; standard error goes to a file.
 */
public final class ChildCli implements AutoCloseable {

	private final Process process;

	private final BufferedReader out;

	private final Path err;

	private final List<String> lines = new ArrayList<>();

	private ChildCli(Process process, Path err) {
		this.process = process;
		this.err = err;
		this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
	}

	public static ChildCli start(String... args) throws IOException {
		Path err = Files.createTempFile("plangraph-child-cli-", ".err");
		List<String> command = new ArrayList<>(List.of(ChildNeo4j.javaBinary(), "--sun-misc-unsafe-memory-access=allow",
				"--enable-native-access=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
				"--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
				"-Xmx768m", "-Dfile.encoding=UTF-8", "-cp", classPath(),
				PlangraphApplication.class.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
		process.getOutputStream().close();
		return new ChildCli(process, err);
	}

	/**
	 * The test class path without empty entries: Surefire's ends with a separator, which a JVM reads as the working
	 * directory, and the project root would then put {@code cypher/migrations/} on the class path twice.
	 */
	static String classPath() {
		return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
			.filter(entry -> !entry.isBlank())
			.collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
	}

	/** Reads standard output until a line matches; returns it, or null at end of output. */
	public String awaitLine(Predicate<String> matching) throws IOException {
		String line;
		while ((line = this.out.readLine()) != null) {
			this.lines.add(line);
			if (matching.test(line)) {
				return line;
			}
		}
		return null;
	}

	/** Reads the rest of standard output and waits for the exit code. */
	public int finish(long timeout, TimeUnit unit) throws IOException, InterruptedException {
		awaitLine(l -> false);
		if (!this.process.waitFor(timeout, unit)) {
			this.process.destroyForcibly().waitFor();
			throw new IllegalStateException("child did not finish in " + timeout + " " + unit + "\n" + stderr());
		}
		return this.process.exitValue();
	}

	/** SIGKILL: no shutdown hook, no graceful close of the store. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(60, TimeUnit.SECONDS);
	}

	public List<String> lines() {
		return this.lines;
	}

	public Process process() {
		return this.process;
	}

	public String stderr() throws IOException {
		return Files.readString(this.err, StandardCharsets.UTF_8);
	}

	@Override
	public void close() throws IOException {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
		}
		this.out.close();
		Files.deleteIfExists(this.err);
	}

}
