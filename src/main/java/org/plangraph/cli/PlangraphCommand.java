package org.plangraph.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code plangraph [COMMAND]}: the root command; without a command it serves. */
@Command(name = "plangraph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Turns Chinese government plans into a Neo4j knowledge graph and serves it over GraphQL and "
				+ "Neo4j Browser.", "Without a command, runs `serve`." },
		subcommands = { ServeCommand.class, LoadCommand.class, ExportCommand.class, AuditCommand.class,
				CommandLine.HelpCommand.class },
		footer = { "", "Environment: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE select an external "
				+ "Neo4j; without NEO4J_URI the graph is embedded in --data DIR (default: data)." })
public class PlangraphCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		// Never called: a missing subcommand is handled in run(String...).
	}

	/** Parses and runs; returns the process exit code. */
	public static int run(String... args) {
		CommandLine cli = commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
		String[] effective = args;
		if (args.length == 0 || (args[0].startsWith("-") && !isRootOption(args[0]))) {
			effective = prepend("serve", args);
		}
		return cli.execute(effective);
	}

	static CommandLine commandLine(PrintWriter out, PrintWriter err) {
		CommandLine cli = new CommandLine(new PlangraphCommand());
		cli.setOut(out);
		cli.setErr(err);
		cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			commandLine.getErr().println("plangraph: " + Failures.describe(ex));
			return 1;
		});
		return cli;
	}

	private static boolean isRootOption(String arg) {
		return List.of("-h", "--help", "-V", "--version").contains(arg);
	}

	private static String[] prepend(String first, String[] rest) {
		String[] all = new String[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

}
