package org.plangraph.extract;

import java.util.ArrayList;
import java.util.List;

import org.plangraph.document.PlanDocument;

/**
 * Finds a plan's goals, quantified targets and numbered tasks. The plan's parts are classified first
 * ({@link PlanRegions}: goal, task, background, annex ...), from the cue lists of {@code import/vocabulary/}; each
 * finder then reads the parts that concern it.
 */
final class StructureExtractor {

	private final SectionRoles roles;

	private final YearWords years;

	private final TaskFinder tasks = new TaskFinder();

	private final TargetFinder targets;

	private final GoalFinder goals;

	StructureExtractor(VocabularyFiles vocabularies) {
		this.roles = new SectionRoles(vocabularies);
		this.years = new YearWords(vocabularies);
		this.targets = new TargetFinder(vocabularies, new QuantityParser(vocabularies), this.years);
		this.goals = new GoalFinder(vocabularies, this.years);
	}

	PlanStructure extract(PlanDocument document) {
		PlanRegions regions = PlanRegions.of(document, this.roles, this.years);
		List<Task> tasks = this.tasks.find(document, regions);
		List<Target> targets = this.targets.find(document, regions);
		List<Goal> goals = this.goals.find(document, regions, targets);
		List<Relation> relations = new ArrayList<>();
		List<Target> linked = measures(document.text(), regions, targets, goals, relations);
		return new PlanStructure(goals, linked, tasks, relations);
	}

	/**
	 * A target stated in a goal part measures the goal stated before it in the same paragraph (产业主体发展能级显著提升。
	 * …区内高新技术企业累计达到1500家).
	 */
	private static List<Target> measures(String text, PlanRegions regions, List<Target> targets, List<Goal> goals,
			List<Relation> relations) {
		List<Target> linked = new ArrayList<>(targets.size());
		for (Target target : targets) {
			Goal goal = null;
			int at = target.evidence().start();
			PlanRegions.Region region = regions.regionAt(at);
			if (region != null && region.role() == SectionRole.GOAL) {
				int paragraph = PlanRegions.lineStart(text, at);
				for (Goal g : goals) {
					if (g.evidence().end() <= at && g.evidence().start() >= Math.max(paragraph, region.start())) {
						goal = g;
					}
				}
			}
			if (goal == null) {
				linked.add(target);
				continue;
			}
			linked.add(new Target(target.id(), target.metric(), target.value(), target.valueHigh(), target.unit(),
					target.comparator(), target.year(), target.kind(), target.text(), target.sectionCode(), goal.id(),
					target.evidence()));
			relations.add(new Relation(RelationType.MEASURES, target.id(), goal.id(), target.evidence()));
		}
		return linked;
	}

}
