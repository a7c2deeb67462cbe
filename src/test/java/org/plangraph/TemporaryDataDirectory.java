package org.plangraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/** Gives each test application context its own embedded store, deleted when the context closes. */
public class TemporaryDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path dir;
		try {
			dir = Files.createTempDirectory("plangraph-context-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("temporaryDataDirectory", Map.of("plangraph.data-dir", dir.toString())));
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent) {
				TestGraph.deleteRecursively(dir);
			}
		});
	}

}
