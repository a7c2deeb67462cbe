package org.plangraph.load;

import org.neo4j.driver.Driver;
import org.plangraph.document.PlanParser;
import org.plangraph.document.PlanReader;
import org.plangraph.extract.DefaultPlanExtractor;
import org.plangraph.extract.PlanExtractor;
import org.plangraph.extract.VocabularyFiles;
import org.plangraph.graph.GraphTarget;
import org.plangraph.graph.GraphTransactions;
import org.plangraph.graph.Migrations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LoadConfiguration {

	@Bean
	PlanParser planParser(@Value("${plangraph.load.max-file-bytes:" + PlanReader.DEFAULT_MAX_BYTES + "}") long maxBytes) {
		return new PlanParser(new PlanReader(maxBytes));
	}

	@Bean
	@ConditionalOnMissingBean
	PlanExtractor planExtractor(@Value("${plangraph.vocabulary-dir:import/vocabulary}") String vocabularyDir) {
		return new DefaultPlanExtractor(VocabularyFiles.in(java.nio.file.Path.of(vocabularyDir)));
	}

	/** Takes {@link Migrations} so that no document is written before the schema exists. */
	@Bean
	PlanLoader planLoader(Driver driver, GraphTarget target, GraphTransactions transactions, PlanParser parser,
			PlanExtractor extractor, Migrations migrations,
			@Value("${plangraph.load.writers:" + PlanLoader.DEFAULT_WRITERS + "}") int writers) {
		return new PlanLoader(driver, target, transactions, parser, extractor, writers);
	}

	@Bean
	@ConditionalOnProperty(name = "plangraph.initial-load.enabled", havingValue = "true", matchIfMissing = true)
	InitialLoad initialLoad(PlanLoader loader, @Value("${plangraph.initial-load.dir:import/plans}") String dir) {
		return new InitialLoad(loader, java.nio.file.Path.of(dir));
	}

}
