package org.plangraph.extract;

import org.plangraph.document.PlanDocument;

/** Finds the actors and topics a plan names and links them to each other and to the plan's structure. */
final class LinkExtractor {

	LinkExtractor(VocabularyFiles vocabularies) {
	}

	PlanLinks extract(PlanDocument document, PlanStructure structure) {
		return PlanLinks.empty();
	}

}
