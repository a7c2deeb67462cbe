package org.plangraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.plangraph.load.LoadOutcome;
import org.plangraph.load.LoadStatus;
import org.plangraph.load.PlanLoader;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plangraph load [--reset] PATH...}. */
@Command(name = "load", mixinStandardHelpOptions = true,
		description = { "Load plan files, or folders of *.txt plan files, into the graph: one transaction per document.",
				"Prints one line per document: new, unchanged, replaced, rejected with the reason, or failed "
						+ "(Neo4j unreachable beyond the driver's retries: not loaded, and neither are the files after it). "
						+ "Exits with 1 if any file was rejected or failed (the others are loaded all the same); "
						+ "running the same load again completes a failed one." })
class LoadCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	GraphOptions graph;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Option(names = "--reset", description = "Empty the graph first (schema and migration history stay).")
	boolean reset;

	@Parameters(paramLabel = "PATH", arity = "1..*", description = "Plan files (UTF-8 or GB18030/GBK text) or folders.")
	List<Path> paths;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = this.spec.commandLine().getOut();
		List<Path> files = PlanLoader.planFiles(this.paths);
		try (ConfigurableApplicationContext context = SpringContexts.batch(this.graph.properties(this.springArguments))) {
			PlanLoader loader = context.getBean(PlanLoader.class);
			if (this.reset) {
				loader.reset();
				out.println("reset     graph emptied");
			}
			PrintWriter err = this.spec.commandLine().getErr();
			Progress progress = new Progress(files.size(), err);
			List<LoadOutcome> outcomes = loader.load(files, outcome -> {
				out.println(outcome.line());
				progress.step();
			});
			progress.finish();
			long rejected = count(outcomes, LoadStatus.REJECTED);
			long failed = count(outcomes, LoadStatus.FAILED);
			err.printf("%d files: %d new, %d replaced, %d unchanged, %d rejected%s%n", outcomes.size(),
					count(outcomes, LoadStatus.NEW), count(outcomes, LoadStatus.REPLACED),
					count(outcomes, LoadStatus.UNCHANGED), rejected, failed > 0 ? ", " + failed + " failed" : "");
			if (failed > 0) {
				err.printf("Neo4j was unavailable: %d files not loaded. Run the same load again once it is back: "
						+ "documents already loaded are skipped as unchanged.%n", failed);
			}
			return rejected + failed > 0 ? 1 : 0;
		}
	}

	private static long count(List<LoadOutcome> outcomes, LoadStatus status) {
		return outcomes.stream().filter(o -> o.status() == status).count();
	}

}
