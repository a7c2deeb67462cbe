package org.plangraph.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.plangraph.PlangraphApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context a command needs: with the web server for {@code serve}, without for the rest. */
final class SpringContexts {

	private SpringContexts() {
	}

	static ConfigurableApplicationContext web(Map<String, Object> properties) {
		return new SpringApplicationBuilder(PlangraphApplication.class).web(WebApplicationType.SERVLET)
			.run(arguments(properties));
	}

	/** As command-line arguments, so that they win over application.properties. */
	private static String[] arguments(Map<String, Object> properties) {
		return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
	}

	/** A context without HTTP, quiet on the console, that does not load seed plans by itself. */
	static ConfigurableApplicationContext batch(Map<String, Object> properties) {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("plangraph.initial-load.enabled", "false");
		all.put("spring.main.banner-mode", "off");
		all.put("spring.main.log-startup-info", "false");
		all.put("logging.level.root", "WARN");
		// While a server restarts, the driver's connection layer logs each failed routing-table update as an ERROR
		// with a stack trace, though it retries; a command reports the outcome itself, per document, in one line.
		all.put("logging.level.org.neo4j.bolt.connection", "OFF");
		all.putAll(properties);
		return new SpringApplicationBuilder(PlangraphApplication.class).web(WebApplicationType.NONE)
			.run(arguments(all));
	}

}
