package org.plangraph.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.types.Path.Segment;
import org.plangraph.SeededGraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Neo4j Browser in a real headless Chromium against the running application with the seeds loaded: the Playwright
 * script {@code src/test/e2e/browser-e2e.mjs} connects, follows the guide, runs the brain-like-chip query and saves
 * screenshots under {@code target/e2e/}. Skipped where Chromium, Node or the script's packages are missing;
 * {@code .ci/run} installs them.
 */
@SeededGraphTest
class BrowserE2EIT {

	private static final Path SCRIPT_DIR = Path.of("src/test/e2e");

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Test
	void analystConnectsFollowsTheGuideAndSeesTheBrainLikeChipPlatforms() throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + " (.ci/run installs it)");
		assumeTrue(Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core")),
				"no node_modules in " + SCRIPT_DIR + " (.ci/run runs npm ci there)");
		assumeTrue(nodeWorks(), "no node on the PATH");

		List<String> expected = expectedPlatforms();
		Path out = Path.of("target/e2e").toAbsolutePath();
		Path log = Files.createDirectories(out).resolve("browser-e2e.log");
		ProcessBuilder node = new ProcessBuilder("node", "browser-e2e.mjs").directory(SCRIPT_DIR.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		node.environment().put("PLANGRAPH_URL", "http://127.0.0.1:" + this.port);
		node.environment().put("E2E_OUT", out.toString());
		node.environment().put("EXPECT_PLATFORMS", json(expected));
		node.environment().put("FORBIDDEN_TEXT", "北斗");
		node.environment().put("CHROMIUM", CHROMIUM.toString());
		Process process = node.start();
		boolean finished = process.waitFor(10, TimeUnit.MINUTES);
		if (!finished) {
			process.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		System.out.println(output);
		assertThat(finished).as("the browser test finished within 10 minutes\n" + output).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(out.resolve("guide.png")).isNotEmptyFile();
		assertThat(out.resolve("brain-like-chips.png")).isNotEmptyFile();
		if (!expected.isEmpty()) {
			assertThat(output).contains("the answer shows " + expected.get(0));
		}
	}

	/** What the guide's query answers through the driver; Browser must show the same platforms. */
	private List<String> expectedPlatforms() {
		return AnalystQuery.run(AnalystQuery.load("platforms-serving-topic"), this.driver)
			.stream()
			.flatMap(row -> {
				org.neo4j.driver.types.Path path = row.get("path").asPath();
				return Stream.concat(Stream.of(path.start()),
						StreamSupport.stream(path.spliterator(), false).map(Segment::end));
			})
			.filter(n -> n.hasLabel("Platform"))
			.map(n -> n.get("name").asString())
			.distinct()
			.sorted()
			.toList();
	}

	private static String json(List<String> names) {
		return names.stream()
			.map(n -> "\"" + n.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.collect(Collectors.joining(",", "[", "]"));
	}

	private static boolean nodeWorks() {
		try {
			Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
			p.getInputStream().readAllBytes();
			return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
