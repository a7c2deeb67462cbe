package org.plangraph.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/** On start-up, fills an empty graph from the plans folder ({@code import/plans/} by default). */
class InitialLoad implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialLoad.class);

	private final PlanLoader loader;

	private final Path dir;

	InitialLoad(PlanLoader loader, Path dir) {
		this.loader = loader;
		this.dir = dir;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (this.loader.documentCount() > 0) {
			log.info("Graph holds documents already; skipping the initial load from {}", this.dir);
			return;
		}
		if (!Files.isDirectory(this.dir)) {
			log.warn("The graph is empty and there is no plans folder at {}; load plans with the `load` command",
					this.dir.toAbsolutePath());
			return;
		}
		long started = System.nanoTime();
		List<LoadOutcome> outcomes = this.loader.load(PlanLoader.planFiles(List.of(this.dir)),
				outcome -> log.info("{}", outcome.line()));
		log.info("Initial load of {} files from {} took {} ms", outcomes.size(), this.dir,
				(System.nanoTime() - started) / 1_000_000);
	}

}
