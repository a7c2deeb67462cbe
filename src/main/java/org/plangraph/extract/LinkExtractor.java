package org.plangraph.extract;

import java.util.ArrayList;
import java.util.List;

import org.plangraph.document.PlanDocument;

/** Finds the actors and topics a plan names and links them to each other and to the plan's structure. */
final class LinkExtractor {

	private final ActorGazetteer gazetteer;

	private final Jurisdiction.Rules jurisdictionRules;

	private final TopicMatcher topics;

	private final ActorRecognizer recognizer;

	LinkExtractor(VocabularyFiles vocabularies) {
		this.gazetteer = new ActorGazetteer(vocabularies);
		this.jurisdictionRules = new Jurisdiction.Rules(vocabularies);
		this.topics = new TopicMatcher(vocabularies);
		this.recognizer = new ActorRecognizer(this.gazetteer,
				new ActorPatterns(vocabularies, this.jurisdictionRules, this.topics.forms()), this.topics);
	}

	PlanLinks extract(PlanDocument document, PlanStructure structure) {
		String text = document.text();
		Jurisdiction jurisdiction = Jurisdiction.of(document.metadata(), this.jurisdictionRules, this.gazetteer);
		List<ActorMention> mentions = new ArrayList<>(this.recognizer.find(text, jurisdiction));
		return new PlanLinks(ActorRecognizer.distinct(mentions), List.of(), List.of());
	}

}
