package org.plangraph.extract;

import java.util.ArrayList;
import java.util.List;

import org.plangraph.document.PlanDocument;

/**
 * The extraction pipeline: issuing agencies from the metadata, then the plan's structure (goals, targets, tasks),
 * then the actors and topics it names and their links to each other and to that structure.
 */
public final class DefaultPlanExtractor implements PlanExtractor {

	private final StructureExtractor structure;

	private final LinkExtractor links;

	/** Vocabularies from {@code import/vocabulary/} where present, else the jar's copies. */
	public DefaultPlanExtractor() {
		this(VocabularyFiles.defaults());
	}

	public DefaultPlanExtractor(VocabularyFiles vocabularies) {
		this.structure = new StructureExtractor(vocabularies);
		this.links = new LinkExtractor(vocabularies);
	}

	@Override
	public Extraction extract(PlanDocument document) {
		List<Actor> actors = new ArrayList<>();
		List<Relation> relations = new ArrayList<>();
		String text = document.text();
		for (String issuer : document.metadata().issuers()) {
			Actor agency = this.links.issuer(document, issuer);
			actors.add(agency);
			relations.add(new Relation(RelationType.ISSUED_BY, document.id(), agency.id(), quoteOf(text, issuer)));
		}
		PlanStructure found = this.structure.extract(document);
		PlanLinks linked = this.links.extract(document, found);
		actors.addAll(linked.actors());
		relations.addAll(found.relations());
		relations.addAll(linked.relations());
		return new Extraction(actors, linked.topics(), found.goals(), found.targets(), found.tasks(), relations);
	}

	private static Evidence quoteOf(String text, String name) {
		int at = text.indexOf(name);
		if (at < 0) {
			int lineEnd = text.indexOf('\n', text.indexOf(text.strip()));
			return Evidence.of(text, 0, lineEnd < 0 ? text.length() : lineEnd, "metadata");
		}
		int lineStart = text.lastIndexOf('\n', at) + 1;
		int lineEnd = text.indexOf('\n', at);
		return Evidence.of(text, lineStart, lineEnd < 0 ? text.length() : lineEnd, "metadata");
	}

}
