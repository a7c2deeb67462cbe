package org.plangraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plangraph.Seeds;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTests {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return PlangraphCommand.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true))
			.execute(args);
	}

	@ParameterizedTest
	@ValueSource(strings = { "serve", "load", "export", "audit" })
	void everyCommandHasHelp(String command) {
		assertThat(run(command, "--help")).isZero();
		assertThat(this.out.toString()).startsWith("Usage: plangraph " + command).contains("--data=DIR");
	}

	@Test
	void rootHelpListsTheCommandsAndTheEnvironment() {
		assertThat(run("--help")).isZero();
		assertThat(this.out.toString()).contains("serve", "load", "export", "NEO4J_URI");
	}

	@Test
	void versionNamesPlangraphAndNeo4j() {
		assertThat(run("--version")).isZero();
		assertThat(this.out.toString()).containsPattern("plangraph \\d+\\.\\d+").contains("Neo4j 2025.12.1");
	}

	@Test
	void loadWithoutPathsIsAUsageError() {
		assertThat(run("load")).isEqualTo(2);
		assertThat(this.err.toString()).contains("Missing required parameter").contains("PATH");
	}

	@Test
	void unknownArgumentsThatAreNotPropertiesAreRejected() {
		assertThat(run("export", "--dir", "x", "--bogus")).isNotZero();
		assertThat(this.err.toString()).contains("--bogus");
	}

	@Test
	void loadPrintsOneLinePerDocumentAndFailsWhenOneIsRejected(@TempDir Path work) throws Exception {
		Path plans = work.resolve("plans");
		Files.createDirectories(plans);
		Files.copy(Seeds.path(Seeds.DEPUTY_REPLY), plans.resolve(Seeds.DEPUTY_REPLY));
		Files.write(plans.resolve("broken.txt"), new byte[] { 0, 1, 2 });
		int exit = run("load", "--data", work.resolve("data").toString(), "--plangraph.bolt.port=0", plans.toString());
		assertThat(exit).isEqualTo(1);
		assertThat(this.out.toString().lines()).hasSize(2)
			.anySatisfy(l -> assertThat(l).startsWith("new       " + Seeds.DEPUTY_REPLY))
			.anySatisfy(l -> assertThat(l).startsWith("rejected  broken.txt").contains("binary"));
		assertThat(this.err.toString()).contains("2 files: 1 new, 0 replaced, 0 unchanged, 1 rejected");

		this.out.getBuffer().setLength(0);
		Files.delete(plans.resolve("broken.txt"));
		Path exportDir = work.resolve("export");
		assertThat(run("load", "--data", work.resolve("data").toString(), "--plangraph.bolt.port=0", plans.toString()))
			.isZero();
		assertThat(this.out.toString()).startsWith("unchanged " + Seeds.DEPUTY_REPLY);
		this.out.getBuffer().setLength(0);
		assertThat(run("export", "--data", work.resolve("data").toString(), "--plangraph.bolt.port=0", "--dir",
				exportDir.toString())).isZero();
		assertThat(this.out.toString()).contains("nodes-Document.csv", "exported to");
		try (var reader = Files.newBufferedReader(exportDir.resolve("nodes-Document.csv"));
				var csv = CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
			assertThat(csv.getRecords()).singleElement()
				.satisfies(r -> assertThat(r.get("id:ID")).isEqualTo("doc:003_260d9b15293244e4"));
		}
		this.out.getBuffer().setLength(0);
		assertThat(run("audit", "--data", work.resolve("data").toString(), "--plangraph.bolt.port=0", "--format",
				"csv")).isZero();
		assertThat(this.out.toString()).startsWith("record,kind,documentId")
			.contains("summary,TASKS,doc:003_260d9b15293244e4");
	}

	@Test
	void auditRejectsAnUnknownFormatNamingTheChoices() {
		assertThat(run("audit", "--format", "xml")).isEqualTo(2);
		assertThat(this.err.toString()).contains("'xml' is not a format: use md, csv or json");
	}

}
