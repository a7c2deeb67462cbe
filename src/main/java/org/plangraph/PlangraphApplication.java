package org.plangraph;

import org.plangraph.cli.PlangraphCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one Spring Boot application. {@link #main} hands the arguments to the command line, which starts a Spring
 * context only for commands that need the graph.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlangraphApplication {

	public static void main(String[] args) {
		System.exit(PlangraphCommand.run(args));
	}

}
