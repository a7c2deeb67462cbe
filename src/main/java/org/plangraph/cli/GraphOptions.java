package org.plangraph.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every command that opens the graph takes. */
class GraphOptions {

	@Spec(Spec.Target.MIXEE)
	CommandSpec command;

	@Option(names = "--data", paramLabel = "DIR",
			description = "Directory of the embedded Neo4j store (default: data). Ignored with NEO4J_URI.")
	Path dataDir;

	/**
	 * Spring properties from {@code --key=value} arguments (a command's {@code @Unmatched} arguments: picocli
	 * ignores {@code @Unmatched} inside a mixin); anything else is a usage error.
	 */
	Map<String, Object> properties(List<String> springArguments) {
		Map<String, Object> props = new LinkedHashMap<>();
		if (this.dataDir != null) {
			props.put("plangraph.data-dir", this.dataDir.toString());
		}
		for (String arg : springArguments) {
			if (!arg.startsWith("--") || !arg.contains("=") || arg.indexOf('=') < 3) {
				throw new ParameterException(this.command.commandLine(),
						"Unknown option or argument: '" + arg + "' (Spring properties take the form --name=value)");
			}
			props.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		return props;
	}

}
