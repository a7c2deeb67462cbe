package org.plangraph.extract;

import org.plangraph.document.PlanDocument;
import org.plangraph.document.PlanParser;
import org.plangraph.document.PlanText;

/** Parses short plan texts written for the structure tests, and extracts their structure with the shipped cues. */
final class StructureTestPlans {

	private static final StructureExtractor EXTRACTOR = new StructureExtractor(VocabularyFiles.builtIn());

	private StructureTestPlans() {
	}

	static PlanDocument parse(String name, String text) {
		return new PlanParser().parse(new PlanText(name, text, "0", "UTF-8"));
	}

	static PlanStructure extract(String name, String text) {
		return EXTRACTOR.extract(parse(name, text));
	}

}
