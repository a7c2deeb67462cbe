package org.plangraph.extract;

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

	StructureExtractor(VocabularyFiles vocabularies) {
		this.roles = new SectionRoles(vocabularies);
		this.years = new YearWords(vocabularies);
		this.targets = new TargetFinder(vocabularies, new QuantityParser(vocabularies), this.years);
	}

	PlanStructure extract(PlanDocument document) {
		PlanRegions regions = PlanRegions.of(document, this.roles, this.years);
		List<Task> tasks = this.tasks.find(document, regions);
		List<Target> targets = this.targets.find(document, regions);
		return new PlanStructure(List.of(), targets, tasks, List.of());
	}

}
