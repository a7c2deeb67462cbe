package org.plangraph.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The GraphQL-over-HTTP spec audit of the {@code graphql-http} npm package against the running server: every MUST
 * item passes. Needs node and {@code npm ci} in {@code src/test/graphql-http} (done by {@code .ci/run}); skipped
 * otherwise.
 */
@FixtureGraphTest
class GraphQlOverHttpComplianceTests {

	private static final Path AUDIT = Path.of("src/test/graphql-http");

	@LocalServerPort
	int port;

	@Test
	void everyMustItemOfTheGraphQlOverHttpSpecPasses() throws Exception {
		assumeTrue(Files.isDirectory(AUDIT.resolve("node_modules/graphql-http")),
				"npm ci in src/test/graphql-http has not been run");
		Process node;
		try {
			node = new ProcessBuilder("node", "audit.mjs", "http://127.0.0.1:" + this.port + "/graphql")
				.directory(AUDIT.toFile())
				.redirectErrorStream(true)
				.start();
		}
		catch (IOException ex) {
			assumeTrue(false, "node is not installed");
			return;
		}
		assertThat(node.waitFor(180, TimeUnit.SECONDS)).as("audit finished").isTrue();
		String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(node.exitValue()).as(output).isZero();
		List<String> lines = output.lines().filter(l -> l.startsWith("{")).toList();
		assertThat(lines).as(output).hasSizeGreaterThan(20);
		List<String> failures = lines.stream().filter(l -> l.contains("\"status\":\"error\"")).toList();
		assertThat(failures).as("MUST items failing").isEmpty();
		List<String> warnings = lines.stream().filter(l -> l.contains("\"status\":\"warn\"")).toList();
		System.out.printf("graphql-http audit: %d items, %d MUST failures, %d SHOULD warnings%n", lines.size(),
				failures.size(), warnings.size());
		warnings.forEach(w -> System.out.println("SHOULD: " + w));
	}

}
