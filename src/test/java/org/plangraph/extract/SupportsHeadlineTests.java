package org.plangraph.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.plangraph.document.PlanParser;

import static org.assertj.core.api.Assertions.assertThat;

/** The product's headline question on the seeds: which platforms serve 类脑芯片 (brain-like chips)? */
class SupportsHeadlineTests {

	@Test
	void theBrainLikeChipPlatformServesItAndNoBeiDouPlatformDoes() throws Exception {
		PlanExtractor extractor = new DefaultPlanExtractor(VocabularyFiles.defaults());
		Extraction extraction = extractor
			.extract(new PlanParser().parse(Path.of("import/plans/000_9215d3667aee8512.txt")));
		Map<String, Actor> actors = extraction.actors()
			.stream()
			.collect(Collectors.toMap(Actor::id, a -> a, (a, b) -> a));
		List<Relation> serving = extraction.relations()
			.stream()
			.filter(r -> r.type() == RelationType.SUPPORTS && r.toId().equals("topic:类脑芯片"))
			.toList();
		assertThat(serving).extracting(Relation::fromId).contains("platform:类脑芯片与片上智能系统研发与转化平台");
		assertThat(serving).allSatisfy(r -> {
			assertThat(actors.get(r.fromId()).name()).doesNotContain("北斗");
			assertThat(r.evidence().quote()).isNotBlank();
		});
		assertThat(extraction.topics()).extracting(Topic::name).contains("类脑芯片", "人工智能芯片", "人工智能");
	}

}
