package org.plangraph.extract;

import java.util.ArrayList;
import java.util.List;

import org.plangraph.document.PlanDocument;

/**
 * The extraction pipeline. So far: issuing agencies ({@code ISSUED_BY}).
 */
public final class DefaultPlanExtractor implements PlanExtractor {

	@Override
	public Extraction extract(PlanDocument document) {
		List<Actor> actors = new ArrayList<>();
		List<Relation> relations = new ArrayList<>();
		String text = document.text();
		for (String issuer : document.metadata().issuers()) {
			Actor agency = new Actor(ActorKind.AGENCY, issuer, null, List.of());
			actors.add(agency);
			relations.add(new Relation(RelationType.ISSUED_BY, document.id(), agency.id(), quoteOf(text, issuer)));
		}
		return new Extraction(actors, List.of(), List.of(), List.of(), List.of(), relations);
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
