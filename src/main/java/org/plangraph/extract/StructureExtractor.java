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

	StructureExtractor(VocabularyFiles vocabularies) {
		this.roles = new SectionRoles(vocabularies);
		this.years = new YearWords(vocabularies);
	}

	PlanStructure extract(PlanDocument document) {
		PlanRegions regions = PlanRegions.of(document, this.roles, this.years);
		List<Task> found = this.tasks.find(document, regions);
		return new PlanStructure(List.of(), List.of(), found, List.of());
	}

}
