package org.plangraph.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.plangraph.document.PlanDocument;
import org.plangraph.document.PlanParser;

/**
 * A developer's aid, off unless {@code -Dplangraph.tuneDiff=true}: writes {@code target/tune-diff.md} listing, for
 * the gold files of the {@code tune} split only, the goals, targets, tasks and scored relations the extractor missed or added. Held-out
 * and generalization files are deliberately left out: their errors must not be looked at while tuning rules.
 */
@EnabledIfSystemProperty(named = "plangraph.tuneDiff", matches = "true")
class TuneDiffReportTests {

	@Test
	void writeTheTuneSplitDifferences() throws Exception {
		PlanParser parser = new PlanParser();
		PlanExtractor extractor = new DefaultPlanExtractor(VocabularyFiles.defaults());
		StringBuilder out = new StringBuilder("# Tune split: gold vs extracted\n\n");
		int files = 0;
		for (GoldStandard gold : GoldStandard.all()) {
			if (!"tune".equals(gold.split())) {
				continue;
			}
			files++;
			PlanDocument document = parser.parse(gold.source());
			Extraction e = extractor.extract(document);
			out.append("## ").append(gold.file()).append("\n\n### goals\n");
			List<Goal> goals = new ArrayList<>(e.goals());
			for (GoldStandard.GoldGoal g : gold.goals()) {
				Goal hit = goals.stream()
					.filter(p -> Objects.equals(p.horizonYear(), g.horizonYear())
							&& ExtractionScorer.similar(g.text(), p.text()))
					.findFirst()
					.orElse(null);
				if (hit == null) {
					out.append("- MISSED ").append(g.horizonYear()).append(" | ").append(g.text()).append('\n');
				}
				goals.remove(hit);
			}
			goals.forEach(p -> out.append("- EXTRA ").append(p.horizonYear()).append(" | ").append(p.text()).append('\n'));
			out.append("\n### targets\n");
			List<Target> targets = new ArrayList<>(e.targets());
			for (GoldStandard.GoldTarget g : gold.targets()) {
				Target hit = targets.stream()
					.filter(t -> t.value() != null && g.value() != null && Math.abs(t.value() - g.value()) < 1e-6
							&& ExtractionScorer.normalize(g.unit()).equals(ExtractionScorer.normalize(t.unit()))
							&& Objects.equals(g.year(), t.year()) && g.kind().equals(t.kind().name()))
					.findFirst()
					.orElse(null);
				if (hit == null) {
					out.append("- MISSED %s %s %s %s %s | %s | %s\n".formatted(g.value(), g.unit(), g.comparator(),
							g.year(), g.kind(), g.metric(), g.quote()));
				}
				targets.remove(hit);
			}
			targets.forEach(t -> out.append("- EXTRA %s %s %s %s %s | %s | %s\n".formatted(t.value(), t.unit(),
					t.comparator(), t.year(), t.kind(), t.metric(), t.evidence().quote())));
			out.append("\n### tasks\n");
			List<String> predicted = e.tasks().stream().map(Task::code).toList();
			List<String> expected = gold.tasks().stream().map(GoldStandard.GoldTask::code).toList();
			expected.stream().filter(c -> !predicted.contains(c)).forEach(c -> out.append("- MISSED ").append(c).append('\n'));
			predicted.stream().filter(c -> !expected.contains(c)).forEach(c -> out.append("- EXTRA ").append(c).append('\n'));
			for (RelationType type : List.of(RelationType.SUPPORTS, RelationType.OPERATES, RelationType.LOCATED_IN,
					RelationType.RESPONSIBLE_FOR)) {
				ExtractionScorer.RelationMatch match = ExtractionScorer.matchRelations(gold, e, type);
				out.append("\n### ").append(type).append('\n');
				Map<String, Long> byMethod = match.predicted()
					.stream()
					.collect(Collectors.groupingBy(ExtractionScorer::methodOf, TreeMap::new, Collectors.counting()));
				Map<String, Long> extraByMethod = match.extra()
					.stream()
					.collect(Collectors.groupingBy(ExtractionScorer::methodOf, TreeMap::new, Collectors.counting()));
				out.append("predicted by method: ").append(byMethod).append(", not in gold: ").append(extraByMethod)
					.append('\n');
				match.missed().forEach(g -> out.append("- MISSED %s -> %s %s\n".formatted(g.from(), g.to(),
						g.role() == null ? "" : g.role())));
				match.extra().forEach(x -> out.append("- EXTRA ").append(x).append('\n'));
				match.predicted()
					.stream()
					.filter(x -> !match.extra().contains(x))
					.forEach(x -> out.append("- OK ").append(x).append('\n'));
			}
			out.append('\n');
		}
		Path report = Path.of("target", "tune-diff.md");
		Files.createDirectories(report.getParent());
		Files.writeString(report, out, StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(files).as("tune gold files").isPositive();
	}

}
