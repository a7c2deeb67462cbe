package org.plangraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.plangraph.graph.GraphExporter;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Option;

/** {@code plangraph export --dir DIR}. */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Write the whole graph as neo4j-admin import CSV: nodes-<Label>.csv and rels-<TYPE>.csv.",
				"Load them with `neo4j-admin database import full --nodes=... --relationships=...`, or into a running "
						+ "server with cypher/load-csv.cypher." })
class ExportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	GraphOptions graph;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Option(names = "--dir", paramLabel = "DIR", required = true, description = "Folder to write the CSV files to.")
	Path dir;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = this.spec.commandLine().getOut();
		try (ConfigurableApplicationContext context = SpringContexts.batch(this.graph.properties(this.springArguments))) {
			Map<String, Long> counts = context.getBean(GraphExporter.class).export(this.dir);
			counts.forEach((file, n) -> out.printf("%-28s %8d%n", file, n));
			out.printf("exported to %s%n", this.dir.toAbsolutePath());
			return 0;
		}
	}

}
