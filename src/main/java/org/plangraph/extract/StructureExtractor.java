package org.plangraph.extract;

import org.plangraph.document.PlanDocument;

/** Finds a plan's goals, quantified targets and numbered tasks. */
final class StructureExtractor {

	StructureExtractor(VocabularyFiles vocabularies) {
	}

	PlanStructure extract(PlanDocument document) {
		return PlanStructure.empty();
	}

}
